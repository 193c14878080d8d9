import { drawBar, drawText, drawTicks } from './draw';
import type { PlacedReference, PlacedRounds } from './rounds-layout';
import { chartRenderer } from './svg-root';
import { el, tip } from './svg';

/** Returns a reference tick: a line across the bar and its label, named by its <title>. */
function drawReference(r: PlacedReference): string {
  return el(
    'g',
    { class: 'reference' },
    tip(r.title),
    // Stroked by attribute too, so the standalone SVG download shows the tick without the CSS.
    el('line', { x1: r.x, x2: r.x, y1: r.y1, y2: r.y2, stroke: 'currentColor', 'stroke-width': 2 }),
    drawText(r.label),
  );
}

/** Returns the placed rounds chart as an SVG string whose ids all start with `id`. */
export const renderRounds = chartRenderer<PlacedRounds>(
  (p, ids) =>
    p.headers.map(drawText).join('') +
    drawTicks(p.ticks) +
    p.rows
      .map((r) =>
        el(
          'g',
          { class: 'row', 'data-id': r.id },
          ...r.labels.map(drawText),
          drawBar(r.amount, ids),
          'bar' in r.valuation ? drawBar(r.valuation, ids) : drawText(r.valuation),
          r.reference ? drawReference(r.reference) : '',
        ),
      )
      .join(''),
);
