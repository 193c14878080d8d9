import { renderAmountBar, type PaintIds } from './marks';
import type { PlacedBar, PlacedText, PlacedTick } from './placed';
import { text } from './svg-root';
import { el } from './svg';

/** Returns a placed label as a `<text>` element. */
export function drawText(t: PlacedText): string {
  return text(t.x, t.y, t.text, { cls: t.cls, anchor: t.anchor, size: t.size, tail: t.tail });
}

/** Returns a placed bar and its value label. */
export function drawBar(b: PlacedBar, ids: PaintIds): string {
  const opts = { colour: b.colour, title: b.title, ids, variant: b.variant };
  return renderAmountBar(b.bar, b.y, b.height, opts) + drawText(b.label);
}

/** Returns gridlines with their tick labels, behind the marks. */
export function drawTicks(ticks: readonly PlacedTick[]): string {
  return el(
    'g',
    { class: 'axis', 'aria-hidden': 'true' },
    ...ticks.map(
      (t) =>
        // Whole units, as labels are: a gridline half a unit off is invisible and costs bytes.
        el('line', {
          x1: Math.round(t.x),
          x2: Math.round(t.x),
          y1: Math.round(t.y1),
          y2: Math.round(t.y2),
          class: 'grid',
        }) + drawText(t.label),
    ),
  );
}
