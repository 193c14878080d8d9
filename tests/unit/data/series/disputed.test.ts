import { describe, expect, it } from 'vitest';
import {
  exclusionOf,
  exclusionSentences,
  figureKind,
  isDisputed,
  type RankedFigure,
} from '../../../../src/lib/data/series/disputed';
import { prepareRounds, summarizeRounds } from '../../../../src/lib/data/series/rounds';
import { prepareTimeline, summarizeTimeline } from '../../../../src/lib/data/series/timeline';
import type { FundingRound } from '../../../../src/schemas/funding-rounds';
import type { SeriesContext } from '../../../../src/lib/data/series/context';
import { realContext } from '../../../fixtures/charts/real';

function money(
  text: string,
  currency: 'USD' | 'JPY',
  value: number,
  qualifier: 'exact' | 'approx' | 'over' = 'exact',
) {
  return { currency, min: value, max: value, qualifier, approximate: qualifier === 'approx', text };
}

type Rec = FundingRound & { id: string };
const base = { status: 'closed' as const, sources: [{ article: 'a', quote: 'q' }] };
// The shapes of the real records the issue names: the 124兆円 headline (a valuation in yen),
// the 1000億ドル body figure it conflicts with, a cumulative Series E–F total and two rounds.
const records: Rec[] = [
  {
    ...base,
    id: 'headline',
    company: 'openai',
    status: 'in-talks',
    date: '2026',
    amount: money('約124兆円規模', 'JPY', 124e12, 'approx'),
    kind: 'headline',
    conflicts_with: ['body'],
  },
  {
    ...base,
    id: 'body',
    company: 'openai',
    status: 'in-talks',
    date: '2026-02',
    amount: money('1000億ドル', 'USD', 1e11),
    conflicts_with: ['headline'],
  },
  {
    ...base,
    id: 'cumulative',
    company: 'anthropic',
    date: '2025',
    amount: money('300億ドル超', 'USD', 3e10, 'over'),
    cumulative: true,
  },
  {
    ...base,
    id: 'g',
    company: 'anthropic',
    date: '2025-09',
    amount: money('130億ドル', 'USD', 13e9),
  },
  { ...base, id: 'c', company: 'xai', date: '2024-12', amount: money('60億ドル', 'USD', 6e9) },
];
const all = { ids: records.map((r) => r.id) };
const name = realContext.name;

describe('figureKind(record)', () => {
  it.each([
    [{}, 'round'],
    [{ cumulative: true }, 'cumulative'],
    [{ kind: 'headline' as const }, 'headline'],
    [{ kind: 'headline' as const, cumulative: true }, 'headline'],
  ])('figureKind(%j) is %s', (r, kind) => {
    expect(figureKind(r)).toBe(kind);
  });
});

describe('exclusionOf / isDisputed', () => {
  const f = (over: Partial<RankedFigure>): RankedFigure => ({
    name: 'X',
    amount: { label: '1億ドル' },
    kind: 'round',
    conflicts: [],
    ...over,
  });
  it.each([
    [f({}), undefined, false],
    [f({ conflicts: ['y'] }), 'conflict', true],
    [f({ verdict: 'contradicted' }), 'contradicted', true],
    [f({ verdict: 'consistent' }), undefined, false],
    [f({ kind: 'cumulative' }), 'cumulative', false],
    [f({ kind: 'headline', conflicts: ['y'] }), 'headline', true],
  ])('%j is left out as %s (disputed: %s)', (fig, why, disputed) => {
    expect(exclusionOf(fig)).toBe(why);
    expect(isDisputed(fig)).toBe(disputed);
  });

  it('exclusionSentences is empty when every figure may be ranked', () => {
    expect(exclusionSentences([f({})])).toBe('');
  });
});

describe('summarizeRounds: no disputed figure is the largest', () => {
  const summary = summarizeRounds(prepareRounds(records, realContext, all));

  it('names the largest undisputed single round as the largest', () => {
    expect(summary).toContain(`最大は${name('anthropic')}の130億ドル(完了)`);
  });

  it('never calls the headline, the cumulative total or a conflicting figure the largest', () => {
    const largest = summary.slice(summary.indexOf('最大は'), summary.indexOf('。'));
    for (const label of ['124兆円', '300億ドル超', '1000億ドル'])
      expect(largest).not.toContain(label);
  });

  it('names each left-out figure with its reason in the same sentence', () => {
    expect(summary).toContain(`見出しの額(${name('openai')}の約124兆円)はラウンドの調達額ではない`);
    expect(summary).toContain(
      `累計額(${name('anthropic')}の300億ドル超)は単独のラウンドと比べていません`,
    );
    expect(summary).toContain(
      `記事間で食い違う額(${name('openai')}の1000億ドル)は比較から除いています`,
    );
  });

  it('leaves out a figure a check found contradicted', () => {
    const ctx: SeriesContext = {
      ...realContext,
      verdict: (d, id) => (id === 'g' ? 'contradicted' : undefined),
    };
    const s = summarizeRounds(prepareRounds(records, ctx, { ids: ['g', 'c'] }));
    expect(s).toContain(`最大は${name('xai')}の60億ドル`);
    expect(s).toContain(`一次資料と相違する額(${name('anthropic')}の130億ドル)`);
  });

  it('says there is no comparable round when every figure is disputed, without 最大は', () => {
    const s = summarizeRounds(prepareRounds(records, realContext, { ids: ['headline', 'body'] }));
    expect(s).not.toContain('最大は');
    expect(s).toContain('食い違いのない単独のラウンドがありません');
  });

  it('keeps the plain sentence when nothing is left out', () => {
    expect(summarizeRounds(prepareRounds(records, realContext, { ids: ['g', 'c'] }))).toMatch(
      /^2件の資金調達のうち最大は/,
    );
  });
});

describe('prepareRounds / prepareTimeline: a claim that is not a round is not drawn as one', () => {
  it('leaves headline claims and cumulative totals out of a company’s rounds', () => {
    const ids = prepareRounds(records, realContext, {
      companies: ['openai', 'anthropic'],
    }).rows.map((r) => r.id);
    expect(ids).toEqual(['body', 'g']);
  });

  it('labels a headline claim named by id as not a round', () => {
    expect(prepareRounds(records, realContext, { ids: ['headline'] }).rows[0]?.detail).toMatch(
      /^見出しの額\(ラウンドではない\)/,
    );
  });

  it('draws no point for a headline or cumulative figure and says why in the summary', () => {
    const t = prepareTimeline(records, realContext, all);
    expect(t.points.map((p) => p.id)).toEqual(['c', 'g', 'body']);
    expect(t.notRounds.map((r) => r.id)).toEqual(['headline', 'cumulative']);
    const s = summarizeTimeline(t);
    expect(s).toContain('資金調達3件');
    expect(s).toContain(
      `見出しの額(${name('openai')}の約124兆円)はラウンドの調達額ではないため描いていません`,
    );
  });
});
