import { drawBar, drawText, drawTicks } from './draw';
import type { PlacedRounds } from './rounds-layout';
import { chartRenderer } from './svg-root';
import { el } from './svg';
import { drawReference } from './verdict-marks';

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
