import type { PlacedText } from './placed';
import { FONT } from './svg-root';
import { textWidth } from './text-width';

/** A legend entry: a glyph key the renderer knows how to draw, and its Japanese label. */
export interface LegendItem {
  glyph: string;
  /** Palette class for the glyph (k0–k6). */
  colour?: string;
  label: string;
}

/** A legend entry placed: the glyph's box (16×12 user units) and its label. */
export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
  text: PlacedText;
}

/**
 * Returns legend entries flowed left to right from (x, y), wrapping to a new 18-unit line when
 * the next entry would pass `x + width`; the second value is the y just below the legend.
 */
export function placeLegend(
  items: readonly LegendItem[],
  x: number,
  y: number,
  width: number,
): [PlacedLegendItem[], number] {
  const out: PlacedLegendItem[] = [];
  let cx = x;
  let cy = y;
  for (const item of items) {
    const glyphW = item.glyph.startsWith('line:') ? 26 : item.glyph === 'open' ? 24 : 20;
    const w = glyphW + textWidth(item.label, FONT);
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += 18;
    }
    out.push({ ...item, x: cx, y: cy, text: { x: cx + glyphW, y: cy + 10, text: item.label } });
    cx += w + 14;
  }
  return [out, items.length ? cy + 18 : y];
}
