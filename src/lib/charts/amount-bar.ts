import type { Bounded } from '../money/bounds';
import { boundKind } from './bound-shape';

/** How a bar shows what is known about its value. */
export type BarShape = 'solid' | 'range' | 'up-to' | 'open';

/** A horizontal bar placed along x, in user units; `y`/`height` are filled in by each chart. */
export interface AmountBar {
  shape: BarShape;
  /** x of zero. */
  x0: number;
  /** End of the certain part: the value (solid), the lower bound (range, open) or x0 (up-to). */
  solidEnd: number;
  /** Farthest drawn x: upper bound (range, up-to) or the tip of the open end's arrow. */
  end: number;
  /** True when the figure is approximate; drawn with a dashed outline. */
  approximate: boolean;
}

/** Length in user units of the fading extension that marks an open upper end (超, 以上). */
export const OPEN_END = 26;

/**
 * Returns the horizontal extent of a bar for a bounded value on a linear `scale` (value ->
 * user units): exact and approximate values end at the value, ranges show lo and hi, up-to
 * values fade towards their ceiling, and over/at-least values extend OPEN_END past their floor.
 */
export function placeAmountBar(
  b: Bounded,
  scale: (v: number) => number,
  openEnd = OPEN_END,
): AmountBar {
  const x0 = scale(0);
  const kind = boundKind(b);
  if (kind === 'up-to') {
    return { shape: 'up-to', x0, solidEnd: x0, end: scale(b.hi ?? 0), approximate: b.approximate };
  }
  if (kind === 'open' || b.hi === null) {
    const solidEnd = scale(b.lo ?? 0);
    return { shape: 'open', x0, solidEnd, end: solidEnd + openEnd, approximate: b.approximate };
  }
  const lo = scale(b.lo ?? 0);
  const hi = scale(b.hi);
  const shape: BarShape = hi - lo > 0.05 ? 'range' : 'solid';
  return { shape, x0, solidEnd: lo, end: hi, approximate: b.approximate };
}
