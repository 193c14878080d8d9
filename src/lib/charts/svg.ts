/** A value an SVG attribute may take; undefined, null and false leave the attribute out. */
export type AttrValue = string | number | boolean | null | undefined;

/** Returns `n` rounded to one decimal place, with -0 written as 0, so SVG output is stable. */
export function round1(n: number): number {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

const SPECIAL = /[&<>"']/;

/** Returns `text` with the five XML special characters escaped for attributes and text nodes. */
export function esc(text: string): string {
  // Most labels and every number need no escaping: one scan instead of five replacements.
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function attrs(a: Record<string, AttrValue>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    const value = v === true ? '' : typeof v === 'number' ? String(round1(v)) : esc(v);
    out += ` ${k}="${value}"`;
  }
  return out;
}

/**
 * Returns one SVG element as a string: numeric attributes rounded to 0.1 user units, text
 * escaped; children are already-serialised strings (use `txt` for text) joined without spaces.
 */
export function el(name: string, a: Record<string, AttrValue>, ...children: string[]): string {
  const body = children.join('');
  return body === '' && name !== 'text' && name !== 'title'
    ? `<${name}${attrs(a)}/>`
    : `<${name}${attrs(a)}>${body}</${name}>`;
}

/** Returns escaped character data for use as an `el` child. */
export function txt(text: string): string {
  return esc(text);
}

/** Returns a `<title>` element, the hover text of the mark it is the first child of. */
export function tip(text: string): string {
  return el('title', {}, txt(text));
}

/** Returns an SVG path `d` string from absolute points, each coordinate rounded to 0.1. */
export function polyline(points: readonly (readonly [number, number])[], close = false): string {
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round1(x)},${round1(y)}`).join('');
  return close ? `${d}Z` : d;
}
