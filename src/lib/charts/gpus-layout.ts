import { formatCount, type GpuSeries } from '../data/series/gpus';
import { labelOf } from '../dataset/labels';
import { basisVariant, layoutBarRows, type BarRowSpec, type PlacedBarRows } from './bar-rows';
import type { Size } from './svg-root';

/** Returns the bar-row specs of a GPU chart: a header per company and site, a bar per figure. */
export function gpuRows(s: GpuSeries): BarRowSpec[] {
  return s.groups.flatMap((g): BarRowSpec[] => [
    { kind: 'header', id: `h-${g.key}`, text: g.label },
    ...g.rows.map((r): BarRowSpec => ({
      kind: 'bar',
      id: r.id,
      lines: [r.label, [labelOf(r.basis), r.chip].filter(Boolean).join('・')],
      value: r.gpus,
      label: r.label,
      title: `${g.label}: ${r.label}(${labelOf(r.basis)})`,
      colour: 'k1',
      variant: basisVariant(r.basis),
    })),
  ]);
}

/** Returns the GPU chart placed in `size.width`: GPU counts on one linear scale from zero. */
export function layoutGpus(s: GpuSeries, size: Size): PlacedBarRows {
  return layoutBarRows(gpuRows(s), size, { axisTitle: 'GPU数(基)', format: formatCount });
}
