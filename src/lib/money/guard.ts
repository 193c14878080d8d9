import type { Money } from './types';

/** Returns whether a parsed value has the shape of Money (currency, min, max and text). */
export function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    'currency' in value &&
    'min' in value &&
    'max' in value &&
    'text' in value
  );
}
