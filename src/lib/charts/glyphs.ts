import type { AmountBar } from './amount-bar';
import { renderAmountBar, type PaintIds } from './marks';
import { el, polyline } from './svg';

/** Returns a diamond path `d` centred on (x, y) with half-diagonal `r`. */
export function diamond(x: number, y: number, r: number): string {
  return polyline(
    [
      [x, y - r],
      [x + r, y],
      [x, y + r],
      [x - r, y],
    ],
    true,
  );
}

/**
 * Returns a legend glyph drawn in a 16×12 box at (x, y): dot, diamond, span, swatch, the bar
 * encodings (hatch, approx, open, up-to, range; these need the SVG's paint `ids`), a
 * reference tick and
 * `line:<classes>` flow styles.
 */
export function legendGlyph(
  glyph: string,
  x: number,
  y: number,
  colour?: string,
  ids?: PaintIds,
): string {
  const cy = y + 6;
  const bar = (shape: AmountBar['shape'], solidEnd: number, end: number, approximate = false) =>
    ids
      ? renderAmountBar({ shape, x0: x, solidEnd, end, approximate }, y + 1, 10, {
          colour: colour ?? 'k0',
          title: '',
          ids,
          variant: glyph === 'hatch' ? 'forecast' : 'actual',
        }).replace('<title></title>', '')
      : '';
  switch (glyph) {
    case 'hatch':
      return bar('solid', x + 16, x + 16);
    case 'approx':
      return bar('solid', x + 16, x + 16, true);
    case 'open':
      return bar('open', x + 8, x + 18);
    case 'up-to':
      return bar('up-to', x, x + 16);
    case 'range':
      return bar('range', x + 8, x + 16);
    case 'dot':
      return el('circle', { cx: x + 8, cy, r: 5, class: `dot ${colour ?? 'k1'}` });
    case 'diamond':
      return el('path', { d: diamond(x + 8, cy, 5.5), class: `dot-open ${colour ?? 'k2'}` });
    case 'reference':
      return el('g', { class: 'reference' }, el('path', { d: `M${x + 1},${cy}h14` }));
    case 'span':
      return el('path', {
        d: `M${x + 1},${cy - 3}v6M${x + 1},${cy}h14M${x + 15},${cy - 3}v6`,
        class: 'span',
      });
    default:
      if (glyph.startsWith('line:')) {
        const line = { x1: x, x2: x + 22, y1: cy, y2: cy };
        return el(
          'g',
          { class: `flow ${glyph.slice(5)}` },
          el('line', { ...line, class: 'link', 'stroke-width': 7 }),
          el('line', { ...line, class: 'link-kind' }),
        );
      }
      return el('rect', { x, y, width: 16, height: 12, class: `bar ${colour ?? 'k0'}` });
  }
}
