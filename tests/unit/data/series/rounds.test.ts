import { describe, expect, it } from 'vitest';
import {
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
