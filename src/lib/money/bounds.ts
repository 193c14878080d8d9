import type { Qualifier } from './types';

/** A non-negative quantity with the bounds an article gives it, in one unit (USD, GPUs, %). */
export interface Bounded {
  /** Lower bound; null when only an upper bound is known (up-to). */
  lo: number | null;
  /** Upper bound; null when only a lower bound is known (over, at-least). */
  hi: number | null;
  qualifier: Qualifier;
  /** True when the article marks the figure as approximate (約, 級, 規模). */
  approximate: boolean;
}

/** Returns the largest value a bounded quantity reaches on a scale: hi, else lo, else 0. */
export function extentOf(b: Bounded): number {
  return b.hi ?? b.lo ?? 0;
}

/** Returns one value to sort by: the midpoint of a range, else whichever bound is known. */
export function pointOf(b: Bounded): number {
  if (b.lo !== null && b.hi !== null) return (b.lo + b.hi) / 2;
  return b.hi ?? b.lo ?? 0;
}

/** Returns a bounded quantity for an exact count or share with the given qualifier. */
export function boundedOf(
  value: number,
  qualifier: Qualifier | 'under',
  approximate = false,
): Bounded {
  switch (qualifier) {
    case 'up-to':
    case 'under':
      return { lo: null, hi: value, qualifier: 'up-to', approximate };
    case 'over':
    case 'at-least':
      return { lo: value, hi: null, qualifier, approximate };
    default:
      return {
        lo: value,
        hi: value,
        qualifier,
        approximate: approximate || qualifier === 'approx',
      };
  }
}
