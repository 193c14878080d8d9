import type { PlacedBarRows } from './bar-rows';
import { drawBarRows } from './bar-rows-render';
import { renderSvg } from './svg-root';

/** Returns any bar-rows chart (capex, market, revenue, GPU) as an SVG string whose ids start with `id`. */
export function renderBarChart(
  p: PlacedBarRows,
  opts: { id: string; title: string; describedBy?: string },
): string {
  return renderSvg({
    ...opts,
    width: p.width,
    height: p.height,
    body: (ids) => drawBarRows(p, ids),
  });
}
