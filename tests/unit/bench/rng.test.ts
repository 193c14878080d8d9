import { describe, expect, it } from 'vitest';
import { createRng } from '../../../scripts/bench/rng';

describe('createRng', () => {
  it('repeats its sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next()),
    );
  });

  it('int(min, max) stays within both bounds and reaches each of them', () => {
    const rng = createRng(1);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});
