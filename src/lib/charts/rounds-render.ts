import { drawBar, drawText, drawTicks } from './draw';
import type { PlacedRounds } from './rounds-layout';
import { renderSvg } from './svg-root';
import { el } from './svg';

/** Returns the placed rounds chart as an SVG string whose ids all start with `id`. */
export function renderRounds(
  p: PlacedRounds,
  opts: { id: string; title: string; describedBy?: string },
): string {
  return renderSvg({
    ...opts,
    width: p.width,
    height: p.height,
    body: (ids) =>
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
          ),
        )
        .join(''),
  });
}
