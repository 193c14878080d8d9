/**
 * Returns positions moved apart so that each one (in sorted order) is at least its predecessor's
 * extent further on — `gap` user units, or `gap[i]` for input item i — and all lie within
 * [lo, hi] when they fit; the result keeps the input order (a forward then backward sweep,
 * deterministic for equal inputs).
 */
export function dodge(
  positions: readonly number[],
  gap: number | readonly number[],
  lo = -Infinity,
  hi = Infinity,
): number[] {
  const size = (i: number) => (typeof gap === 'number' ? gap : (gap[i] ?? 0));
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const placed = order.map((o) => Math.max(lo, o.p));
  for (let k = 1; k < placed.length; k++) {
    const prev = order[k - 1]?.i ?? 0;
    placed[k] = Math.max(placed[k] ?? 0, (placed[k - 1] ?? 0) + size(prev));
  }
  const n = placed.length;
  if (n > 0 && (placed[n - 1] ?? 0) > hi) {
    placed[n - 1] = hi;
    for (let k = n - 2; k >= 0; k--) {
      const self = order[k]?.i ?? 0;
      placed[k] = Math.min(placed[k] ?? 0, (placed[k + 1] ?? 0) - size(self));
    }
  }
  const out = new Array<number>(positions.length);
  order.forEach((o, k) => {
    out[o.i] = placed[k] ?? o.p;
  });
  return out;
}
