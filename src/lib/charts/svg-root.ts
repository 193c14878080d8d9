import { paintIds, renderDefs, type PaintIds } from './marks';
import { el, txt } from './svg';

/** Layout widths in user units: the wide layout for containers ≥ 600 px, the narrow one below. */
export const WIDE = { width: 640 } as const;
export const NARROW = { width: 330 } as const;

/** Below this width (user units) layouts switch to their stacked, phone-sized arrangement. */
export const NARROW_BELOW = 480;

/** What a layout is given: the width of its SVG in user units. */
export interface Size {
  width: number;
}

/** Smallest font size in every chart, in user units: ≥ 11 px when the narrow SVG is drawn 303 px wide or more. */
export const FONT = 12;

/**
 * Returns a complete inline `<svg>`: viewBox `width`×`height`, role img named by its `<title>`
 * (id `${id}-t`) and described by the figure's visible summary, the defs `body` uses, then `body`.
 */
export function renderSvg(opts: {
  id: string;
  title: string;
  describedBy?: string | undefined;
  width: number;
  height: number;
  body: (ids: PaintIds) => string;
}): string {
  const ids = paintIds(opts.id);
  const body = opts.body(ids);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      id: opts.id,
      class: 'chart-svg',
      viewBox: `0 0 ${Math.round(opts.width)} ${Math.ceil(opts.height)}`,
      role: 'img',
      'aria-labelledby': `${opts.id}-t`,
      'aria-describedby': opts.describedBy,
      'font-size': FONT,
    },
    el('title', { id: `${opts.id}-t` }, txt(opts.title)),
    renderDefs(ids, body),
    body,
  );
}

/** How a chart's SVG is named: element id, accessible title, id of its visible summary. */
export interface RenderOptions {
  id: string;
  title: string;
  describedBy?: string;
}

/**
 * Returns the renderer of one chart type: it wraps `body(placed, ids)` in the shared `<svg>`
 * root, sized by the placed marks' width and height in user units.
 */
export function chartRenderer<P extends { width: number; height: number }>(
  body: (p: P, ids: PaintIds) => string,
): (p: P, opts: RenderOptions) => string {
  return (p, opts) =>
    renderSvg({ ...opts, width: p.width, height: p.height, body: (ids) => body(p, ids) });
}

/**
 * Returns a `<text>` element at (x, y) rounded to whole user units (half a unit is invisible
 * at any size the page draws, and whole numbers keep articles with many labels small); `cls`
 * picks muted/strong/halo styles, `anchor` the alignment.
 */
export function text(
  x: number,
  y: number,
  content: string,
  opts: {
    cls?: string;
    anchor?: 'start' | 'middle' | 'end';
    size?: number;
    tail?: { text: string; cls: string } | undefined;
  } = {},
): string {
  return el(
    'text',
    {
      x: Math.round(x),
      y: Math.round(y),
      class: opts.cls,
      'text-anchor': opts.anchor === 'start' ? undefined : opts.anchor,
      'font-size': opts.size,
    },
    txt(content),
    opts.tail ? el('tspan', { class: opts.tail.cls }, txt(opts.tail.text)) : '',
  );
}
