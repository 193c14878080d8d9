/**
 * Funding-round series: records -> rows, conflict notes, table and summary. Over 150 lines
 * because the summary's ranking rules (single, disputed, headline, cumulative) belong with the
 * rows they rank.
 */
import { pointOf } from '../../money/bounds';
import type { FundingRound } from '../../../schemas/funding-rounds';
import { formatDateJa } from '../../site/dates';
import type { WithId } from '../../dataset/bundle';
import { labelOf } from '../../dataset/labels';
import { usdAmount, type UsdAmount } from './amount';
import { yearOf, type SeriesContext } from './context';
import { exclusionOf, exclusionSentences, figureKind, type FigureKind } from './disputed';
import type { Cite, Table } from '../table-model';
import { figureCheck } from './verdicts';
import type { Verdict } from '../../verdicts';

/** One funding round as the rounds charts show it; amounts in USD. */
export interface RoundRow {
  id: string;
  company: string;
  name: string;
  /** Round name, date and status in Japanese: "シリーズG・2025年11月・完了". */
  detail: string;
  date: string;
  /** True when `date` is when an article reported the round, not when it happened. */
  dateReported?: boolean;
  status: FundingRound['status'];
  amount: UsdAmount;
  valuation?: UsdAmount;
  cumulative: boolean;
  /** A single round, a cumulative total, or a headline claim that is not a round. */
  kind: FigureKind;
  /** The fact-check verdict of the amount, when one exists. */
  verdict?: Verdict | undefined;
  /** For a contradicted amount, the amount the primary source gives, in USD. */
  primary?: UsdAmount | undefined;
  /** Ids of rounds reporting a conflicting figure for the same round (conflicts_with). */
  conflicts: string[];
  sources: Cite[];
}

/** Rounds to show, largest first (or in `ids` order), and the ids left out for want of a rate. */
export interface RoundsSeries {
  rows: RoundRow[];
  unconverted: string[];
}

/** Which rounds a chart shows: explicit record ids, or every single round of some companies. */
export interface RoundsFilter {
  ids?: readonly string[] | undefined;
  companies?: readonly string[] | undefined;
}

interface RoundIndex {
  byId: Map<string, WithId<FundingRound>[]>;
  /** Positions in the record list, by company, ascending. */
  byCompany: Map<string, number[]>;
}

// Built once per record list (by identity): every company page asks for its own rounds.
const indexes = new WeakMap<readonly WithId<FundingRound>[], RoundIndex>();

function roundIndex(records: readonly WithId<FundingRound>[]): RoundIndex {
  let index = indexes.get(records);
  if (index) return index;
  index = { byId: new Map(), byCompany: new Map() };
  for (const [i, r] of records.entries()) {
    const same = index.byId.get(r.id);
    if (same) same.push(r);
    else index.byId.set(r.id, [r]);
    const mine = index.byCompany.get(r.company);
    if (mine) mine.push(i);
    else index.byCompany.set(r.company, [i]);
  }
  indexes.set(records, index);
  return index;
}

/** Returns the records at `positions` (duplicates dropped), in list order. */
function atPositions<T>(records: readonly T[], positions: number[]): T[] {
  return [...new Set(positions)].sort((a, b) => a - b).map((i) => records[i]!);
}

/**
 * Returns the rounds selected by `filter` in USD: `ids` in the given order, else the single
 * rounds (not cumulative, not headline claims) of `companies` (all companies when omitted) by
 * amount, largest first.
 */
export function prepareRounds(
  records: readonly WithId<FundingRound>[],
  ctx: SeriesContext,
  filter: RoundsFilter = {},
): RoundsSeries {
  const { ids, companies } = filter;
  const index = roundIndex(records);
  const missing = ids?.filter((id) => !index.byId.has(id)) ?? [];
  // A deleted record must leave every chart that named it, so the build goes on; say so once.
  if (missing.length > 0)
    console.warn(`charts: no funding round ${missing.join(', ')}; left out of the chart`);
  const picked = ids
    ? ids.flatMap((id) => index.byId.get(id) ?? [])
    : (companies
        ? atPositions(
            records,
            companies.flatMap((c) => index.byCompany.get(c) ?? []),
          )
        : records
      ).filter((r) => figureKind(r) === 'round');
  const rows: RoundRow[] = [];
  const unconverted: string[] = [];
  for (const r of picked) {
    const year = yearOf(r.date);
    const amount = usdAmount(r.amount, ctx, year);
    if (!amount) {
      unconverted.push(r.id);
      continue;
    }
    const kind = figureKind(r);
    const parts = [
      kind === 'headline' ? '見出しの額(ラウンドではない)' : undefined,
      r.round,
      r.date_basis === 'reported' ? `${formatDateJa(r.date)}までに報道` : formatDateJa(r.date),
      labelOf(r.status),
      r.cumulative ? '累計' : undefined,
      r.conflicts_with?.length ? '記事間で食い違い' : undefined,
    ];
    rows.push({
      id: r.id,
      company: r.company,
      name: ctx.name(r.company),
      detail: parts.filter(Boolean).join('・'),
      date: r.date,
      dateReported: r.date_basis === 'reported',
      status: r.status,
      amount,
      valuation: usdAmount(r.valuation, ctx, year),
      cumulative: r.cumulative ?? false,
      kind,
      ...figureCheck(ctx, 'funding-rounds', r.id, year),
      conflicts: r.conflicts_with ?? [],
      sources: r.sources,
    });
  }
  if (!ids) rows.sort((a, b) => pointOf(b.amount) - pointOf(a.amount) || a.id.localeCompare(b.id));
  return { rows, unconverted };
}

/**
 * Returns one note per pair of shown or referenced rounds that conflict (conflicts_with), naming
 * both figures, so a chart never shows a disputed figure unexplained; the editor's reasoning
 * stays in the record's notes on the data page.
 */
export function conflictNotes(
  rows: readonly { id: string; name: string; amount: UsdAmount; conflicts: string[] }[],
  records: readonly WithId<FundingRound>[],
  ctx: SeriesContext,
): string[] {
  const said = new Set<string>();
  return rows.flatMap((r) => {
    const others = r.conflicts
      .filter((id) => !said.has(`${id}|${r.id}`))
      .map((id) => records.find((o) => o.id === id))
      .filter((o): o is WithId<FundingRound> => !!o);
    others.forEach((o) => said.add(`${r.id}|${o.id}`));
    if (others.length === 0) return [];
    const list = others.map((o) => `${ctx.name(o.company)}の${o.amount.text}`).join('、');
    return [
      `${r.name}の${r.amount.label}と${list}は、同じ調達について記事間で食い違う数字です(理由は資金調達データの編集部注)。`,
    ];
  });
}

/**
 * Returns the chart summary: the largest single round no record disputes, with its status and
 * valuation, then one sentence per kind of figure left out (headline claims, cumulative totals,
 * contradicted or conflicting figures), so no disputed figure is called the largest.
 */
export function summarizeRounds(series: RoundsSeries): string {
  const ranked = series.rows.filter((r) => !exclusionOf(r));
  const top = [...ranked].sort((a, b) => pointOf(b.amount) - pointOf(a.amount))[0];
  const n = series.rows.length;
  if (n === 0) return '該当する資金調達はありません。';
  const scope = ranked.length < n ? 'のうち、食い違いのない単独のラウンドで' : 'のうち';
  const head = top
    ? `${n}件の資金調達${scope}最大は${top.name}の${top.amount.label}(${labelOf(top.status)}${top.valuation ? `、評価額${top.valuation.label}` : ''})。`
    : `${n}件の資金調達には、食い違いのない単独のラウンドがありません。`;
  const left = exclusionSentences(series.rows.filter((r) => exclusionOf(r)));
  return `${head}${left}調達額と評価額は桁が違うため別々の目盛りで描いています。`;
}

/** Returns the data table behind a rounds chart: every amount and valuation with its sources. */
export function roundsTable(series: RoundsSeries): Table {
  return {
    columns: [
      { label: '企業' },
      { label: 'ラウンド・時期・状況' },
      { label: '調達額', numeric: true },
      { label: '評価額(ポストマネー)', numeric: true },
    ],
    rows: series.rows.map((r) => ({
      id: r.id,
      cells: [
        { text: r.name },
        { text: r.detail },
        { text: r.amount.label, exact: r.amount.exact, numeric: true },
        r.valuation
          ? { text: r.valuation.label, exact: r.valuation.exact, numeric: true }
          : { text: '—', numeric: true },
      ],
      sources: r.sources,
    })),
  };
}
