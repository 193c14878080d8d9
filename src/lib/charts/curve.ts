import { round1 } from './svg';

/** Returns the `d` of a horizontal S-curve from (sx, sy) to (tx, ty), control points at mid-x. */
export function flowPath(sx: number, sy: number, tx: number, ty: number): string {
  const mx = (sx + tx) / 2;
  return `M${round1(sx)},${round1(sy)}C${round1(mx)},${round1(sy)} ${round1(mx)},${round1(ty)} ${round1(tx)},${round1(ty)}`;
}

/** Returns the y of `flowPath(sx, sy, tx, ty)` where it crosses `x` (sx ≤ x ≤ tx), by bisection. */
export function flowYAt(sx: number, sy: number, tx: number, ty: number, x: number): number {
  const mx = (sx + tx) / 2;
  const bez = (t: number, a: number, b: number, c: number, d: number) =>
    (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t ** 2 * c + t ** 3 * d;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 40; i++) {
    const t = (lo + hi) / 2;
    if (bez(t, sx, mx, mx, tx) < x) lo = t;
    else hi = t;
  }
  return bez((lo + hi) / 2, sy, sy, ty, ty);
}
