import { clip, type CardContent } from './card';
import type { BuiltChart } from './chart-html';
import { chartFigure } from './figures';
import { standaloneSvg } from './standalone-svg';

/**
 * Returns what a built chart's image files are drawn from: its standalone SVG (the wide SVG
 * with `css`, the chart rules, embedded) and its share card, whose address is `address`
 * (host and path of the chart page).
 */
export function chartImages(
  chart: BuiltChart,
  css: string,
  address: string,
): { svg: string; card: CardContent } {
  return {
    svg: standaloneSvg(chart.svg, css),
    card: {
      kind: '図表',
      title: chart.title,
      figure: chartFigure(chart.summary),
      note: clip(chart.summary, 48),
      address,
    },
  };
}
