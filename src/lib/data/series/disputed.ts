/**
 * Which figures a summary may state as fact. A summary ranks or sums only single rounds that no
 * other record disputes (conflicts_with) and no check found contradicted; every figure it leaves
 * out is named with the reason in a sentence of its own, so nothing disputed reads as settled.
 */
import type { Verdict } from '../../verdicts';

/** What a funding figure is: one round, a total of several rounds, or a headline claim. */
export type FigureKind = 'round' | 'cumulative' | 'headline';

/** Why a summary leaves a figure out of a superlative or sum. */
export type Exclusion = 'headline' | 'cumulative' | 'contradicted' | 'conflict';

/** The parts of a shown figure the rules read. */
export interface RankedFigure {
  name: string;
  amount: { label: string };
  kind: FigureKind;
  conflicts: readonly string[];
  /** The fact-check verdict of the figure, when one exists. */
  verdict?: Verdict | undefined;
}

/** Returns the kind of a funding-round record from its `kind` and `cumulative` fields. */
export function figureKind(r: {
  kind?: 'round' | 'headline' | undefined;
  cumulative?: boolean | undefined;
}): FigureKind {
  if (r.kind === 'headline') return 'headline';
  return r.cumulative ? 'cumulative' : 'round';
}

/** Returns why `f` may not be ranked or summed as a settled single figure, or undefined when it may. */
export function exclusionOf(f: RankedFigure): Exclusion | undefined {
  if (f.kind === 'headline') return 'headline';
  if (f.kind === 'cumulative') return 'cumulative';
  if (f.verdict === 'contradicted') return 'contradicted';
  if (f.conflicts.length > 0) return 'conflict';
  return undefined;
}

/** Returns true when a summary must not state `f` as fact (a conflict or a contradicted verdict). */
export function isDisputed(f: Pick<RankedFigure, 'conflicts' | 'verdict'>): boolean {
  return f.verdict === 'contradicted' || f.conflicts.length > 0;
}

const REASON: Record<Exclusion, (list: string, draw: boolean) => string> = {
  headline: (l, d) =>
    `見出しの額(${l})はラウンドの調達額ではないため${d ? '描いて' : '比べて'}いません。`,
  cumulative: (l, d) =>
    d
      ? `累計額(${l})は一時点の調達ではないため描いていません。`
      : `累計額(${l})は単独のラウンドと比べていません。`,
  contradicted: (l) => `一次資料と相違する額(${l})は比較から除いています。`,
  conflict: (l) => `記事間で食い違う額(${l})は比較から除いています。`,
};

/**
 * Returns one sentence per reason naming the figures of `figures` a superlative left out
 * (「累計額(Anthropicの300億ドル超)は単独のラウンドと比べていません。」), or with `draw` that a
 * chart does not draw as rounds, in a fixed order; empty when no figure was left out.
 */
export function exclusionSentences(figures: readonly RankedFigure[], draw = false): string {
  const order: Exclusion[] = ['headline', 'cumulative', 'contradicted', 'conflict'];
  return order
    .map((why) => {
      const list = figures
        .filter((f) => exclusionOf(f) === why)
        .map((f) => `${f.name}の${f.amount.label}`);
      return list.length ? REASON[why](list.join('、'), draw) : '';
    })
    .join('');
}
