import { boundKind } from './bound-shape';
import { scaleLinear, type ScaleLinear } from 'd3';
import { placeAmountBar, OPEN_END } from './amount-bar';
import { axisTicks } from './axis';
import { extentOf, type Bounded } from '../money/bounds';
import type { BarVariant } from './marks';
import type { PlacedBar, PlacedTick } from './placed';
import { FONT } from './svg-root';
import { textWidth } from './text-width';

/**
 * Returns a linear value -> x scale from 0 at `x0` such that the largest bar plus its label
 * (`labels`, at FONT size) ends within `x0 + width`; open ends (超, 以上) are given their arrow.
 */
export function panelScale(
  values: readonly Bounded[],
  labels: readonly string[],
  x0: number,
  width: number,
): ScaleLinear<number, number> {
  const max = Math.max(1e-9, ...values.map(extentOf));
  // A bar of share s ends at x0 + span·s and its label needs `after` more: span·s + after ≤ width.
  let span = width;
  values.forEach((v, i) => {
    // 6 units before the label, 6 after it for the width estimate's error.
    const after = 12 + textWidth(labels[i] ?? '', FONT) + (boundKind(v) === 'open' ? OPEN_END : 0);
    const share = extentOf(v) / max;
    if (share > 0) span = Math.min(span, (width - after) / share);
  });
  span = Math.max(width * 0.3, span);
  return scaleLinear()
    .domain([0, max])
    .range([x0, x0 + span]);
}

/**
 * Returns a bar for `value` at row top `y`, with its label just past the bar's end at the
 * vertical middle.
 */
export function placeBar(
  value: Bounded,
  scale: (v: number) => number,
  y: number,
  height: number,
  opts: { label: string; title: string; colour: string; variant?: BarVariant },
): PlacedBar {
  const bar = placeAmountBar(value, scale);
  return {
    bar,
    y,
    height,
    colour: opts.colour,
    variant: opts.variant ?? 'actual',
    title: opts.title,
    label: { x: bar.end + 5, y: y + height / 2 + FONT * 0.36, text: opts.label },
  };
}

/** Returns gridlines from y1 to y2 with tick labels at `labelY`, thinned so labels never touch. */
export function placeTicks(
  scale: ScaleLinear<number, number>,
  format: (v: number) => string,
  y1: number,
  y2: number,
  labelY: number,
  count = 4,
): PlacedTick[] {
  const widest = Math.max(...scale.ticks(count).map((v) => textWidth(format(v), FONT)));
  return axisTicks(scale, count, format, widest + 8).map((t) => ({
    x: t.pos,
    y1,
    y2,
    // The zero tick sits on the panel's edge, so it starts there rather than overhanging.
    label: {
      x: t.pos,
      y: labelY,
      text: t.label,
      anchor: t.value === 0 ? 'start' : 'middle',
      cls: 'muted',
    },
  }));
}
