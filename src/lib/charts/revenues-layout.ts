import { labelOf } from '../dataset/labels';
import { metricText, type RevenueSeries } from '../data/series/revenues';
import { basisVariant, layoutBarRows, type BarRowSpec, type PlacedBarRows } from './bar-rows';
import type { Size } from './svg-root';

// k3 is kept for segments drawn inside a company's bar.
const COLOURS = ['k1', 'k2', 'k4', 'k6', 'k5'];

/**
 * Returns the bar-row specs of a revenue chart: a header per company, a bar per figure (ARR
 * values labelled "ARR …", forecasts hatched), segments drawn inside their revenue bar.
 */
export function revenueRows(s: RevenueSeries): BarRowSpec[] {
  return s.companies.flatMap((c, i): BarRowSpec[] => [
    { kind: 'header', id: `h-${c.id}`, text: c.name },
    ...c.rows.map((r): BarRowSpec => {
      const metric = metricText(r);
      const part = r.parts[0];
      const share = part?.share !== undefined ? `(${Math.round(part.share)}%)` : '';
      const detail = [labelOf(r.basis), r.growthYoy !== undefined ? `前年比+${r.growthYoy}%` : '']
        .filter(Boolean)
        .join('・');
      return {
        kind: 'bar',
        id: r.id,
        lines: [`${r.period} ${metric}`, detail],
        value: r.amount,
        label: r.metric === 'arr' ? `ARR ${r.amount.label}` : r.amount.label,
        title: `${c.name} ${r.period} ${metric}(${labelOf(r.basis)}): ${r.amount.exact}`,
        colour: COLOURS[i % COLOURS.length] ?? 'k1',
        variant: basisVariant(r.basis),
        check: { verdict: r.verdict, primary: r.primary },
        inner: part
          ? {
              value: part.amount,
              label: `うち${part.segment} ${part.amount.label}${share}`,
              title: `${c.name} ${r.period} ${part.segment}売上: ${part.amount.exact}`,
              colour: 'k3',
              check: { verdict: part.verdict, primary: part.primary },
            }
          : undefined,
      };
    }),
  ]);
}

/** Returns the revenue chart placed in `size.width`: all selected companies on one linear USD scale. */
export function layoutRevenues(s: RevenueSeries, size: Size): PlacedBarRows {
  return layoutBarRows(revenueRows(s), size, { axisTitle: '米ドル' });
}
