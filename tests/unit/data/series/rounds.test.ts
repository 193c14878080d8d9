import { describe, expect, it } from 'vitest';
import {
  conflictNotes,
  prepareRounds,
  roundsTable,
  summarizeRounds,
} from '../../../../src/lib/data/series/rounds';
import { prepareTimeline } from '../../../../src/lib/data/series/timeline';
import { realContext, realData } from '../../../fixtures/charts/real';

const rounds = realData.fundingRounds;

describe('prepareRounds(real rounds, ctx, filter)', () => {
  it('prepareRounds(all) leaves out the cumulative Series E–F total and sorts by amount', () => {
    expect(prepareRounds(rounds, realContext).rows.map((r) => r.id)).toEqual([
      'openai-2026-100b-talks',
      'xai-2025-20b',
      'anthropic-series-g',
      'xai-series-c',
      'anduril-2-5b',
      'mistral-ai-2b-eur',
    ]);
  });

  it.each([
    [{ companies: ['xai'] }, ['xai-2025-20b', 'xai-series-c']],
    [
      { ids: ['mistral-ai-2b-eur', 'anthropic-series-e-f-cumulative'] },
      ['mistral-ai-2b-eur', 'anthropic-series-e-f-cumulative'],
    ],
  ])('prepareRounds(%j) picks %j', (filter, ids) => {
    expect(prepareRounds(rounds, realContext, filter).rows.map((r) => r.id)).toEqual(ids);
  });

  it('prepareRounds converts Mistral AI’s 20億ユーロ and keeps its dollar valuation', () => {
    const m = prepareRounds(rounds, realContext, { ids: ['mistral-ai-2b-eur'] }).rows[0];
    expect(m?.amount.label).toBe('20億ユーロ');
    expect(m?.amount.converted).toBeDefined();
    expect(m?.valuation?.label).toBe('140億ドル');
  });

  it('summarizeRounds names the largest round with its status and valuation', () => {
    expect(summarizeRounds(prepareRounds(rounds, realContext))).toContain(
      'OpenAIの1000億ドル(交渉中、評価額8300億ドル)',
    );
  });

  it('roundsTable lists every round once, with a dash for a missing valuation', () => {
    const t = roundsTable(prepareRounds(rounds, realContext));
    expect(t.rows).toHaveLength(6);
    expect(t.rows.find((r) => r.id === 'xai-series-c')?.cells[3]?.text).toBe('—');
  });
});

describe('prepareTimeline(real rounds)', () => {
  const t = prepareTimeline(rounds, realContext);

  it('orders rounds by the middle of their date span', () => {
    const mids = t.points.map((p) => p.span.mid);
    expect([...mids].sort((a, b) => a - b)).toEqual(mids);
  });

  it.each([
    ['openai-2026-100b-talks', false],
    ['anthropic-series-g', true],
  ])('marks %s as settled: %s', (id, settled) => {
    expect(t.points.find((p) => p.id === id)?.settled).toBe(settled);
  });
});

describe('conflictNotes(rows, records, ctx)', () => {
  const records = [
    {
      id: 'headline',
      company: 'openai',
      status: 'in-talks' as const,
      date: '2026',
      amount: {
        currency: 'JPY' as const,
        min: 124e12,
        max: 124e12,
        qualifier: 'approx' as const,
        approximate: true,
        text: '約124兆円規模',
      },
      conflicts_with: ['body'],
      notes: '見出しは評価額を\n調達額として示す。',
      sources: [{ article: 'a', quote: '約124兆円規模の資金' }],
    },
    {
      id: 'body',
      company: 'openai',
      status: 'in-talks' as const,
      date: '2026-02',
      amount: {
        currency: 'USD' as const,
        min: 1e11,
        max: 1e11,
        qualifier: 'exact' as const,
        approximate: false,
        text: '1000億ドル',
      },
      conflicts_with: ['headline'],
      sources: [{ article: 'a', quote: '1000億ドルの資金調達' }],
    },
  ];

  it('names both figures of a conflict once, even when both rounds are shown', () => {
    const series = prepareRounds(records, realContext, { ids: ['headline', 'body'] });
    expect(series.rows[0]?.detail).toContain('記事間で食い違い');
    const name = series.rows[0]?.name;
    expect(conflictNotes(series.rows, records, realContext)).toEqual([
      `${name}の約124兆円と${name}の1000億ドルは、同じ調達について記事間で食い違う数字です(理由は資金調達データの編集部注)。`,
    ]);
  });

  it('says nothing for rounds without conflicts', () => {
    const rows = prepareRounds(records, realContext, { ids: ['body'] }).rows.map((r) => ({
      ...r,
      conflicts: [],
    }));
    expect(conflictNotes(rows, records, realContext)).toEqual([]);
  });
});

describe('a round dated only by its report (date_basis: reported)', () => {
  const records = [
    {
      id: 'late',
      company: 'xai',
      round: 'シリーズC',
      status: 'announced' as const,
      date: '2026-02',
      date_basis: 'reported' as const,
      amount: {
        currency: 'USD' as const,
        min: 12e9,
        max: 12e9,
        qualifier: 'exact' as const,
        approximate: false,
        text: '120億ドル',
      },
      sources: [{ article: 'a', quote: '120億ドルの調達' }],
    },
  ];

  it('prepareRounds says the date is a report date, not the round date', () => {
    expect(prepareRounds(records, realContext).rows[0]?.detail).toBe(
      'シリーズC・2026年2月までに報道・発表済み',
    );
  });

  it('prepareTimeline marks the point 報道時点', () => {
    expect(prepareTimeline(records, realContext).points[0]?.statusLabel).toBe('発表済み・報道時点');
  });
});
