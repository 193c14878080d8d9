import type { PlacedBarRows } from './bar-rows';
import { drawBarRows } from './bar-rows-render';
import { chartRenderer } from './svg-root';

/** Returns any bar-rows chart (capex, market, revenue, GPU) as an SVG string whose ids start with `id`. */
export const renderBarChart = chartRenderer<PlacedBarRows>((p, ids) => drawBarRows(p, ids));
