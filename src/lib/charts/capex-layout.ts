import type { CapexRow, CapexSeries } from '../data/series/capex';
import { labelOf } from '../dataset/labels';
import { basisVariant, layoutBarRows, type BarRowSpec, type PlacedBarRows } from './bar-rows';
import type { Size } from './svg-root';

const variant = (r: CapexRow) => basisVariant(r.basis);

/** Returns the bar of one reported figure (a company's plan or a reported total), labelled with its basis. */
function reportedBar(r: CapexRow, colour: string): Extract<BarRowSpec, { kind: 'bar' }> {
  return {
    kind: 'bar',
    id: r.id,
    lines: [r.label, labelOf(r.basis)],
    value: r.amount,
    label: r.amount.label,
    title: `${r.label}: ${r.amount.exact}`,
    colour,
    variant: variant(r),
    check: { verdict: r.verdict, primary: r.primary },
  };
}

/** Returns the bar-row specs of a capex chart: companies, their sum with its parts, then the reported totals. */
export function capexRows(s: CapexSeries): BarRowSpec[] {
  const specs: BarRowSpec[] = [];
  if (s.companies.length)
    specs.push({ kind: 'header', id: 'companies', text: `社別の${s.year}年の計画・予測` });
  for (const c of s.companies) specs.push(reportedBar(c, 'k1'));
  if (s.sum && s.companies.length > 1) {
    let at = 0;
    // A separator closes one company's section of the sum bar; its hover names that section.
    const segments = s.companies.slice(0, -1).map((c) => {
      at += c.amount.lo ?? c.amount.hi ?? 0;
      return { at, title: `${c.label}(左側の区間): ${c.amount.label}` };
    });
    const miss = s.missing.length ? `${s.missing.join('・')}は額の報道なし` : '計算値';
    specs.push({
      kind: 'bar',
      id: `sum-${s.year}`,
      lines: [`${s.companies.length}社の合計`, miss],
      value: s.sum,
      label: s.sum.label,
      title: `社別の合計(計算値): ${s.sum.exact}`,
      colour: 'k3',
      variant: s.companies.some((c) => variant(c) === 'forecast') ? 'forecast' : 'actual',
      segments,
    });
  }
  const conflicting = s.totals.some((t) => t.conflictsWith.length > 0);
  if (s.totals.length)
    specs.push({
      kind: 'header',
      id: 'totals',
      text: conflicting ? '報じられた合計（記事によって食い違う）' : '報じられた合計',
    });
  for (const t of s.totals) {
    specs.push({
      ...reportedBar(t, 'k2'),
      note: `出典: ${t.reportedBy.join('、')}`,
      group: t.conflictsWith.length ? 'conflict' : undefined,
    });
  }
  return specs;
}

/** Returns the capex chart placed in `size.width`: one linear USD scale shared by every row. */
export function layoutCapex(s: CapexSeries, size: Size): PlacedBarRows {
  return layoutBarRows(capexRows(s), size, { axisTitle: '米ドル' });
}
