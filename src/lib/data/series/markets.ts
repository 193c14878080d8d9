import type { MarketSize } from '../../../schemas/market-sizes';
import type { WithId } from '../../dataset/bundle';
import { labelOf } from '../../dataset/labels';
import { usdAmount, type UsdAmount } from './amount';
import type { SeriesContext } from './context';
import { figureCheck } from './verdicts';
import type { Verdict } from '../../verdicts';
import type { Cite, Table } from '../table-model';

/** One market-size figure for a year (or undated); USD. */
export interface MarketPoint {
  id: string;
  year?: number;
  basis: MarketSize['basis'];
  amount: UsdAmount;
  growthYoy?: number;
  /** The fact-check verdict of the amount, and the primary figure when contradicted. */
  verdict?: Verdict | undefined;
  primary?: UsdAmount | undefined;
  sources: Cite[];
}

/** A market with its sized years and the growth rate reported for it. */
export interface MarketGroup {
  market: string;
  label: string;
  points: MarketPoint[];
  cagr?: { rate: number; from?: number; to?: number; id: string; sources: Cite[] };
}

/** Markets largest first, each with its figures in year order. */
export interface MarketSeries {
  groups: MarketGroup[];
}

/**
 * Returns the market-size records grouped by market (and region), figures in year order,
 * groups ordered by their largest amount (markets with only a growth rate last); `markets`
 * restricts and orders nothing but the selection.
 */
export function prepareMarkets(
  records: readonly WithId<MarketSize>[],
  ctx: SeriesContext,
  markets?: readonly string[],
): MarketSeries {
  const groups = new Map<string, MarketGroup>();
  for (const r of records) {
    if (markets && !markets.includes(r.market)) continue;
    const key = r.region ? `${r.market}:${r.region}` : r.market;
    const label =
      r.region && !labelOf(r.market).includes(r.region)
        ? `${labelOf(r.market)}(${r.region})`
        : labelOf(r.market);
    const g = groups.get(key) ?? { market: r.market, label, points: [] };
    groups.set(key, g);
    const amount = usdAmount(r.amount, ctx, r.year);
    if (amount) {
      g.points.push({
        id: r.id,
        year: r.year,
        basis: r.basis,
        amount,
        growthYoy: r.growth_yoy,
        ...figureCheck(ctx, 'market-sizes', r.id, r.year),
        sources: r.sources,
      });
    }
    if (r.cagr) g.cagr = { ...r.cagr, id: r.id, sources: r.sources };
  }
  const top = (g: MarketGroup) =>
    Math.max(-1, ...g.points.map((p) => p.amount.hi ?? p.amount.lo ?? 0));
  const list = [...groups.values()];
  for (const g of list)
    g.points.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.id.localeCompare(b.id));
  list.sort((a, b) => top(b) - top(a) || a.market.localeCompare(b.market));
  return { groups: list };
}

/** Returns a CAGR in words: "年平均28%成長(2025〜2030年)". */
export function cagrText(c: NonNullable<MarketGroup['cagr']>): string {
  const span = c.from && c.to ? `(${c.from}〜${c.to}年)` : '(期間の記載なし)';
  return `年平均${c.rate}%成長${span}`;
}

/** Returns one sentence on the largest market's growth, for the chart summary. */
export function summarizeMarkets(s: MarketSeries): string {
  const g = s.groups.find((x) => x.cagr && x.points.length > 1) ?? s.groups[0];
  if (!g) return '該当する市場規模の数字はありません。';
  const first = g.points[0];
  const last = g.points[g.points.length - 1];
  const growth =
    first && last && first !== last
      ? `${g.label}は${first.year ?? ''}年の${first.amount.label}から${last.year ?? ''}年に${last.amount.label}へ${g.cagr ? `、${cagrText(g.cagr)}` : ''}`
      : `${g.label}は${first?.amount.label ?? '金額不明'}`;
  return `${s.groups.length}つの市場の規模を比べています。${growth}。`;
}

/** Returns the market table: every sized year and every growth rate, with sources. */
export function marketsTable(s: MarketSeries): Table {
  return {
    columns: [
      { label: '市場' },
      { label: '年' },
      { label: '区分' },
      { label: '規模', numeric: true },
      { label: '成長率' },
    ],
    rows: s.groups.flatMap((g) => [
      ...g.points.map((p) => ({
        id: p.id,
        cells: [
          { text: g.label },
          { text: p.year ? `${p.year}年` : '記載なし' },
          { text: labelOf(p.basis) },
          { text: p.amount.label, exact: p.amount.exact, numeric: true },
          {
            text:
              [
                p.growthYoy !== undefined ? `前年比+${p.growthYoy}%` : '',
                g.cagr?.id === p.id ? cagrText(g.cagr) : '',
              ]
                .filter(Boolean)
                .join('、') || '—',
          },
        ],
        sources: p.sources,
      })),
      ...(g.cagr && !g.points.some((p) => p.id === g.cagr?.id)
        ? [
            {
              id: g.cagr.id,
              cells: [
                { text: g.label },
                { text: '—' },
                { text: '—' },
                { text: '—', numeric: true },
                { text: cagrText(g.cagr) },
              ],
              sources: g.cagr.sources,
            },
          ]
        : []),
    ]),
  };
}
