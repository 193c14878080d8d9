import { cagrText, type MarketSeries } from '../data/series/markets';
import { labelOf } from '../dataset/labels';
import { basisVariant, layoutBarRows, type BarRowSpec, type PlacedBarRows } from './bar-rows';
import type { Size } from './svg-root';

const COLOURS = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'];

/** Returns the bar-row specs of a market chart: a header per market carrying its CAGR, a bar per year. */
export function marketRows(s: MarketSeries): BarRowSpec[] {
  return s.groups.flatMap((g, i): BarRowSpec[] => {
    const colour = COLOURS[i % COLOURS.length] ?? 'k1';
    const header: BarRowSpec = {
      kind: 'header',
      id: `h-${g.market}-${i}`,
      text: g.cagr ? `${g.label} — ${cagrText(g.cagr)}` : g.label,
    };
    if (g.points.length === 0) {
      return [
        header,
        {
          kind: 'bar',
          id: g.cagr?.id ?? g.market,
          lines: ['規模'],
          missing: '金額の報道なし',
          label: '',
          title: '',
          colour,
        },
      ];
    }
    return [
      header,
      ...g.points.map((p): BarRowSpec => {
        const when = p.year ? `${p.year}年` : '年の記載なし';
        const detail = [labelOf(p.basis), p.growthYoy !== undefined ? `前年比+${p.growthYoy}%` : '']
          .filter(Boolean)
          .join('・');
        return {
          kind: 'bar',
          id: p.id,
          lines: [when, detail],
          value: p.amount,
          label: p.amount.label,
          title: `${g.label} ${when}: ${p.amount.exact}`,
          colour,
          variant: basisVariant(p.basis),
          check: { verdict: p.verdict, primary: p.primary },
        };
      }),
    ];
  });
}

/** Returns the market chart placed in `size.width`: every market on one linear USD scale. */
export function layoutMarkets(s: MarketSeries, size: Size): PlacedBarRows {
  return layoutBarRows(marketRows(s), size, { axisTitle: '市場規模（米ドル）' });
}
