import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../../../src/lib/charts/bar-chart-render';
import { layoutMarkets, marketRows } from '../../../src/lib/charts/markets-layout';
import { NARROW, WIDE } from '../../../src/lib/charts/svg-root';
import type { MarketSeries } from '../../../src/lib/data/series/markets';
import { cite, usd } from '../../fixtures/charts/factories';
import { realContext, realData } from '../../fixtures/charts/real';
import { prepareMarkets } from '../../../src/lib/data/series/markets';

const synthetic: MarketSeries = {
  groups: [
    {
      market: 'ai',
      label: 'AI市場全体',
      points: [
        { id: 'ai-2025', year: 2025, basis: 'estimate', amount: usd(2440), sources: cite() },
        { id: 'ai-2030', year: 2030, basis: 'forecast', amount: usd(8270), sources: cite() },
      ],
      cagr: { rate: 28, from: 2025, to: 2030, id: 'ai-2030', sources: cite() },
    },
    {
      market: 'chips',
      label: 'AIチップ',
      points: [{ id: 'chips', basis: 'estimate', amount: usd(1150, 'at-least'), sources: cite() }],
    },
    {
      market: 'jp',
      label: '日本',
      points: [{ id: 'jp', basis: 'estimate', amount: usd([10, 90]), sources: cite() }],
    },
    {
      market: 'agents',
      label: 'AIエージェント',
      points: [],
      cagr: { rate: 46, id: 'agents', sources: cite() },
    },
  ],
};

describe('marketRows(series)', () => {
  it('writes the CAGR with its years into the market header', () => {
    expect(marketRows(synthetic)[0]).toMatchObject({
      kind: 'header',
      text: 'AI市場全体 — 年平均28%成長(2025〜2030年)',
    });
  });

  it.each([
    ['ai-2030', 'forecast'],
    ['ai-2025', 'actual'],
  ])('paints %s as %s', (id, variant) => {
    expect(marketRows(synthetic).find((r) => r.id === id)).toMatchObject({ variant });
  });

  it('keeps a market with only a growth rate, saying its size was not reported', () => {
    expect(marketRows(synthetic).find((r) => r.id === 'agents')).toMatchObject({
      missing: '金額の報道なし',
    });
  });
});

describe.each([
  ['wide', WIDE],
  ['narrow', NARROW],
])('layoutMarkets(series, %s)', (name, size) => {
  const placed = layoutMarkets(synthetic, size);
  const bar = (id: string) => placed.rows.find((r) => r.id === id)?.bar?.bar;

  it('draws 2030 longer than 2025 in the ratio of the amounts', () => {
    const len = (id: string) => (bar(id)?.end ?? 0) - (bar(id)?.x0 ?? 0);
    expect(len('ai-2030') / len('ai-2025')).toBeCloseTo(8270 / 2440, 5);
  });

  it('draws a vague 数十億 as a range bar from 10億 to 90億', () => {
    expect(bar('jp')?.shape).toBe('range');
  });

  it('renders the same SVG as the snapshot', async () => {
    await expect(
      renderBarChart(placed, { id: `market-${name}`, title: '市場規模' }),
    ).toMatchFileSnapshot(`./__snapshots__/markets-synthetic-${name}.svg`);
  });
});

it('layoutMarkets(real data) renders the same SVG as the snapshot', async () => {
  const s = prepareMarkets(realData.marketSizes, realContext);
  await expect(
    renderBarChart(layoutMarkets(s, WIDE), { id: 'market-real', title: 'AI関連の市場規模' }),
  ).toMatchFileSnapshot('./__snapshots__/markets-real-wide.svg');
});
