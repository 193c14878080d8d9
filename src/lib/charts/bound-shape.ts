import type { Bounded } from '../money/bounds';

/**
 * What an article's bound says about a value, and so which shape every chart draws for it:
 * `up-to` (最大: a ceiling, drawn fading), `open` (超, 以上: a floor with an open end),
 * `range` (200億〜260億: both ends), `exact` (the value itself, 約 marked separately).
 */
export type BoundKind = 'exact' | 'range' | 'up-to' | 'open';

/** Returns the one rule every chart, legend and label asks: which kind of bound `b` has. */
export function boundKind(b: Bounded): BoundKind {
  if (b.qualifier === 'up-to' || (b.lo === null && b.hi !== null)) return 'up-to';
  if (b.hi === null) return 'open';
  return b.lo !== null && b.hi > b.lo ? 'range' : 'exact';
}
