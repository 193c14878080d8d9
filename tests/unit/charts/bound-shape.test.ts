import { describe, expect, it } from 'vitest';
import { boundKind } from '../../../src/lib/charts/bound-shape';
import { boundedOf, type Bounded } from '../../../src/lib/money/bounds';

const b = (lo: number | null, hi: number | null, qualifier: Bounded['qualifier']): Bounded => ({
  lo,
  hi,
  qualifier,
  approximate: false,
});

describe('boundKind(bounded)', () => {
  it.each([
    ['最大125億ドル', b(null, 125, 'up-to'), 'up-to'],
    ['an upper bound only, whatever the qualifier', b(null, 10, 'exact'), 'up-to'],
    ['300億ドル超', b(300, null, 'over'), 'open'],
    ['100万基以上', boundedOf(100, 'at-least'), 'open'],
    ['200億〜260億ドル', b(200, 260, 'range'), 'range'],
    ['150億ドル', b(150, 150, 'exact'), 'exact'],
    ['約2.2兆円 (約 is marked apart from the bound)', boundedOf(2.2, 'approx'), 'exact'],
    ['1%未満', boundedOf(1, 'under'), 'up-to'],
  ])('%s is %s', (_, value, kind) => {
    expect(boundKind(value)).toBe(kind);
  });
});
