/**
 * Revenue series: records -> one row per company and period. Over 150 lines because metrics,
 * segments and bases each need a label and an order, and the table and summary read the same
 * rows.
 */
import type { Revenue } from '../../../schemas/revenues';
import type { WithId } from '../../dataset/bundle';
import { labelOf } from '../../dataset/labels';
import { usdAmount, type UsdAmount } from './amount';
import type { SeriesContext } from './context';
import type { Cite, Table } from '../table-model';
import { figureCheck } from './verdicts';
import type { Verdict } from '../../verdicts';

/** One revenue or ARR figure, with any segment reported as part of it; USD. */
export interface RevenueRow {
  id: string;
  period: string;
  year: number;
  metric: Revenue['metric'];
  segment?: string;
  basis: Revenue['basis'];
  amount: UsdAmount;
  growthYoy?: number;
  /** Segments of this figure (データセンター), with their share in percent when both are exact. */
  parts: {
    id: string;
    segment: string;
    amount: UsdAmount;
    share?: number;
    verdict?: Verdict | undefined;
    primary?: UsdAmount | undefined;
    sources: Cite[];
  }[];
  /** The fact-check verdict of the amount, when one exists. */
  verdict?: Verdict | undefined;
  /** For a contradicted amount, the amount the primary source gives, in USD. */
  primary?: UsdAmount | undefined;
  sources: Cite[];
}

/** Revenue figures grouped by company, in the order the companies were asked for. */
export interface RevenueSeries {
  companies: { id: string; name: string; rows: RevenueRow[] }[];
}

/**
 * Returns the revenue records of `companies` (every company when omitted, in id order), each
 * company's figures in year order; a segment-revenue figure is attached to the same company's
 * revenue for the same period and listed on its own only when there is none.
 */
export function prepareRevenues(
  records: readonly WithId<Revenue>[],
  ctx: SeriesContext,
  companies?: readonly string[],
): RevenueSeries {
  const ids = companies ?? [...new Set(records.map((r) => r.company))].sort();
  return {
    companies: ids.map((id) => {
      const mine = records.filter((r) => r.company === id);
      const rows: RevenueRow[] = [];
      for (const r of mine.filter((x) => x.metric !== 'segment-revenue')) {
        const amount = usdAmount(r.amount, ctx, r.year);
        if (!amount) continue;
        rows.push({
          id: r.id,
          period: r.period,
          year: r.year,
          metric: r.metric,
          basis: r.basis,
          amount,
          growthYoy: r.growth_yoy,
          parts: [],
          ...figureCheck(ctx, 'revenues', r.id, r.year),
          sources: r.sources,
        });
      }
      for (const r of mine.filter((x) => x.metric === 'segment-revenue')) {
        const amount = usdAmount(r.amount, ctx, r.year);
        if (!amount) continue;
        const parent = rows.find(
          (p) => p.metric === 'revenue' && p.period === r.period && p.year === r.year,
        );
        const segment = r.segment ?? 'セグメント';
        if (parent) {
          const exact = (a: UsdAmount) => (a.lo !== null && a.lo === a.hi ? a.lo : undefined);
          const [s, t] = [exact(amount), exact(parent.amount)];
          parent.parts.push({
            id: r.id,
            segment,
            amount,
            share: s !== undefined && t ? (100 * s) / t : undefined,
            ...figureCheck(ctx, 'revenues', r.id, r.year),
            sources: r.sources,
          });
        } else {
          rows.push({
            id: r.id,
            period: r.period,
            year: r.year,
            metric: r.metric,
            segment,
            basis: r.basis,
            amount,
            parts: [],
            ...figureCheck(ctx, 'revenues', r.id, r.year),
            sources: r.sources,
          });
        }
      }
      rows.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
      return { id, name: ctx.name(id), rows };
    }),
  };
}

/** Returns what a figure measures in Japanese: 売上高, ARR, or the segment's name with 売上. */
export function metricText(r: Pick<RevenueRow, 'metric' | 'segment'>): string {
  if (r.metric === 'arr') return 'ARR';
  if (r.metric === 'segment-revenue') return `${r.segment ?? 'セグメント'}売上`;
  return '売上高';
}

/** Returns one sentence per company pair: first and last figure, actual or forecast. */
export function summarizeRevenues(s: RevenueSeries): string {
  const parts = s.companies.flatMap((c) => {
    const first = c.rows[0];
    const last = c.rows[c.rows.length - 1];
    if (!first || !last) return [];
    // A contradicted figure is named as such in the sentence that states it.
    const wrong = (v?: string) => (v === 'contradicted' ? '・一次資料と相違' : '');
    const tail =
      first === last
        ? ''
        : `→${last.period}の${metricText(last)}${last.amount.label}(${labelOf(last.basis)}${wrong(last.verdict)})`;
    const part = first.parts[0];
    const share = part?.share !== undefined ? `、${Math.round(part.share)}%` : '';
    const inner = part
      ? `、うち${part.segment}${part.amount.label}${share}${part.verdict === 'contradicted' ? '(一次資料と相違)' : ''}`
      : '';
    return [
      `${c.name}は${first.period}の${metricText(first)}${first.amount.label}(${labelOf(first.basis)}${wrong(first.verdict)}${inner})${tail}`,
    ];
  });
  const forecasts = s.companies.some((c) =>
    c.rows.some((r) => r.basis === 'forecast' || r.basis === 'plan'),
  );
  if (!parts.length) return '該当する売上の数字はありません。';
  return `${parts.join('、')}。${forecasts ? '予測は斜線で区別しています。' : ''}`;
}

/** Returns the revenue table: every figure and segment with period, basis and sources. */
export function revenuesTable(s: RevenueSeries): Table {
  const money = (a: UsdAmount) => ({ text: a.label, exact: a.exact, numeric: true });
  return {
    columns: [
      { label: '企業' },
      { label: '期間' },
      { label: '指標' },
      { label: '区分' },
      { label: '金額', numeric: true },
    ],
    rows: s.companies.flatMap((c) =>
      c.rows.flatMap((r) => [
        {
          id: r.id,
          cells: [
            { text: c.name },
            { text: r.period },
            { text: metricText(r) },
            { text: labelOf(r.basis) },
            money(r.amount),
          ],
          sources: r.sources,
        },
        ...r.parts.map((p) => ({
          id: p.id,
          cells: [
            { text: c.name },
            { text: r.period },
            { text: `うち${p.segment}売上` },
            { text: labelOf(r.basis) },
            money(p.amount),
          ],
          sources: p.sources,
        })),
      ]),
    ),
  };
}
