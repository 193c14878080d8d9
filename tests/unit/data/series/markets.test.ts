import { describe, expect, it } from 'vitest';
import { cagrText, marketsTable, prepareMarkets } from '../../../../src/lib/data/series/markets';
import { realContext, realData } from '../../../fixtures/charts/real';

describe('prepareMarkets(real market sizes)', () => {
  const s = prepareMarkets(realData.marketSizes, realContext);

  it('orders markets by their largest amount, the growth-only market last', () => {
    expect(s.groups.map((g) => g.market)).toEqual([
      'ai',
      'ai-venture-investment',
      'ai-chips',
      'generative-ai',
      'japan-venture-investment',
      'ai-agents',
    ]);
  });

  it('keeps the AI market’s 2025 and 2030 figures in year order with the 28% CAGR', () => {
    const ai = s.groups[0];
    expect(ai?.points.map((p) => [p.year, p.amount.label])).toEqual([
      [2025, '2440億ドル'],
      [2030, '8270億ドル'],
    ]);
    expect(ai?.cagr && cagrText(ai.cagr)).toBe('年平均28%成長(2025〜2030年)');
  });

  it.each([
    [['generative-ai'], ['generative-ai']],
    [
      ['ai-chips', 'ai'],
      ['ai', 'ai-chips'],
    ],
  ])('prepareMarkets(markets=%j) keeps only %j', (markets, expected) => {
    expect(
      prepareMarkets(realData.marketSizes, realContext, markets).groups.map((g) => g.market),
    ).toEqual(expected);
  });

  it('marketsTable has a row for every record, the AI agents growth rate included', () => {
    expect(
      marketsTable(s)
        .rows.map((r) => r.id)
        .sort(),
    ).toEqual(realData.marketSizes.map((r) => r.id).sort());
  });
});
