import type { AmountBar } from './amount-bar';
import { el, polyline, tip } from './svg';

/** Ids of the shared paint servers inside one SVG, all prefixed with that SVG's id. */
export interface PaintIds {
  fade: string;
  hatch: string;
}

/** Returns the paint-server ids for an SVG whose id is `svgId`. */
export function paintIds(svgId: string): PaintIds {
  return { fade: `${svgId}-fade`, hatch: `${svgId}-hatch` };
}

/**
 * Returns the `<defs>` a chart body uses, from the shared two: a mask fading a mark to the
 * right (open and up-to ends) and a diagonal hatch in the page background colour (forecasts).
 * A paint server no mark in `body` refers to is left out (each costs bytes on every page).
 */
export function renderDefs(ids: PaintIds, body: string): string {
  const fade = body.includes(`url(#${ids.fade})`);
  const hatch = body.includes(`url(#${ids.hatch})`);
  if (!fade && !hatch) return '';
  return el(
    'defs',
    {},
    fade
      ? el(
          'linearGradient',
          { id: `${ids.fade}-g` },
          el('stop', { offset: 0, 'stop-color': '#fff', 'stop-opacity': 1 }),
          el('stop', { offset: 1, 'stop-color': '#fff', 'stop-opacity': 0.2 }),
        ) +
          el(
            'mask',
            { id: ids.fade, maskContentUnits: 'objectBoundingBox' },
            el('rect', { width: 1, height: 1, fill: `url(#${ids.fade}-g)` }),
          )
      : '',
    hatch
      ? el(
          'pattern',
          {
            id: ids.hatch,
            width: 6,
            height: 6,
            patternUnits: 'userSpaceOnUse',
            patternTransform: 'rotate(45)',
          },
          el('rect', { width: 2.5, height: 6, class: 'hatch-line' }),
        )
      : '',
  );
}

/** How a bar is painted: reported figures solid, forecasts and plans hatched. */
export type BarVariant = 'actual' | 'forecast';

/**
 * Returns one bar as an SVG group: `colour` is a palette class (k1–k6), `title` the hover text
 * with the exact value; shape and approximation come from the placed bar.
 */
export function renderAmountBar(
  bar: AmountBar,
  y: number,
  height: number,
  opts: { colour: string; title: string; ids: PaintIds; variant?: BarVariant; id?: string },
): string {
  const parts: string[] = [tip(opts.title)];
  const hatch = opts.variant === 'forecast';
  const rect = (x0: number, x1: number, cls: string, extra: Record<string, string> = {}) => {
    if (x1 - x0 <= 0.05) return '';
    const box = { x: x0, y, width: x1 - x0, height };
    const base = el('rect', { ...box, class: cls, ...extra });
    // Stripes in the page colour over the bar keep a forecast distinct without a second hue.
    return hatch ? base + el('rect', { ...box, fill: `url(#${opts.ids.hatch})`, ...extra }) : base;
  };
  parts.push(rect(bar.x0, bar.solidEnd, 'bar'));
  if (bar.shape === 'range') {
    parts.push(rect(bar.solidEnd, bar.end, 'bar bar-range'));
    for (const x of [bar.solidEnd, bar.end]) {
      parts.push(el('line', { x1: x, x2: x, y1: y - 3, y2: y + height + 3, class: 'bar-cap' }));
    }
  }
  if (bar.shape === 'up-to') {
    parts.push(rect(bar.x0, bar.end, 'bar', { mask: `url(#${opts.ids.fade})` }));
    parts.push(
      el('line', { x1: bar.end, x2: bar.end, y1: y - 3, y2: y + height + 3, class: 'bar-cap' }),
    );
  }
  if (bar.shape === 'open') {
    const tip0 = bar.end - 7;
    parts.push(rect(bar.solidEnd, tip0, 'bar', { mask: `url(#${opts.ids.fade})` }));
    const d = polyline([
      [tip0, y],
      [bar.end, y + height / 2],
      [tip0, y + height],
    ]);
    parts.push(el('path', { d, class: 'bar-arrow' }));
  }
  if (bar.approximate) {
    parts.push(
      el('rect', {
        x: bar.x0,
        y,
        width: Math.max(0, bar.end - bar.x0),
        height,
        class: 'bar-approx',
      }),
    );
  } else if (opts.variant === 'forecast') {
    parts.push(
      el('rect', {
        x: bar.x0,
        y,
        width: Math.max(0, bar.end - bar.x0),
        height,
        class: 'bar-outline',
      }),
    );
  }
  return el('g', { class: `mark ${opts.colour}`, id: opts.id }, ...parts);
}
