import { drawText } from './draw';
import { legendGlyph } from './glyphs';
import type { PlacedNetwork } from './network-layout';
import { chartRenderer } from './svg-root';
import { el, tip } from './svg';

/** Returns the placed money network as an SVG string whose ids all start with `id`. */
export const renderNetwork = chartRenderer<PlacedNetwork>((p) => {
  const legend = p.legend
    .map((l) => legendGlyph(l.glyph, l.x, l.y, l.colour) + drawText(l.text))
    .join('');
  const links = p.links
    .map((l) =>
      el(
        'g',
        { class: `flow ${l.style}`, 'data-id': l.id },
        tip(l.title),
        el('path', {
          d: l.d,
          class: l.ceiling ? 'link link-faded' : 'link',
          'stroke-width': l.width,
        }),
        l.innerWidth
          ? el('path', { d: l.d, class: 'link link-inner', 'stroke-width': l.innerWidth })
          : '',
        // The kind is the dash of a thin centre line, legible whatever the band's width.
        el('path', { d: l.d, class: 'link-kind' }),
      ),
    )
    .join('');
  const nodes = p.nodes
    .map((n) =>
      n.junction
        ? el('circle', { cx: n.x, cy: n.y, r: 3, class: 'junction' })
        : el('rect', { x: n.x, y: n.y, width: 8, height: n.height, class: 'node' }) +
          (n.label ? drawText(n.label) : ''),
    )
    .join('');
  const labels = p.links.map((l) => l.labels.map(drawText).join('')).join('');
  return legend + links + nodes + labels;
});
