import type { PlacedBarRows } from './bar-rows';
import { drawBar, drawText, drawTicks } from './draw';
import { legendGlyph } from './glyphs';
import type { PaintIds } from './marks';
import { el, round1, tip } from './svg';
import { drawReference } from './verdict-marks';

/** Returns the body of a labelled bar chart (no `<svg>` wrapper), for charts built on bar rows. */
export function drawBarRows(p: PlacedBarRows, ids: PaintIds): string {
  const rows = p.rows.map((r) =>
    el(
      'g',
      { class: 'row', 'data-id': r.id },
      ...r.labels.map(drawText),
      r.bar ? drawBar(r.bar, ids) : '',
      ...r.separators.map((s) =>
        el(
          'g',
          {},
          tip(s.title),
          el('line', { x1: s.x, x2: s.x, y1: s.y1, y2: s.y2, class: 'separator' }),
        ),
      ),
      r.inner ? drawBar(r.inner, ids) : '',
      ...r.references.map(drawReference),
      ...r.notes.map(drawText),
    ),
  );
  const brackets = p.brackets.map((b) =>
    el('path', {
      d: `M${round1(b.x + 4)},${round1(b.y1)}H${round1(b.x)}V${round1(b.y2)}H${round1(b.x + 4)}`,
      class: 'bracket',
    }),
  );
  return (
    drawTicks(p.ticks) +
    p.headers.map(drawText).join('') +
    rows.join('') +
    brackets.join('') +
    drawText(p.axisTitle) +
    p.legend.map((l) => legendGlyph(l.glyph, l.x, l.y, 'k0', ids) + drawText(l.text)).join('')
  );
}
