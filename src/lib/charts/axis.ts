/** One tick on an axis: its value, its position in user units and its label. */
export interface Tick {
  value: number;
  pos: number;
  label: string;
}

/** A linear scale as the layouts use it: value -> user units, with d3's tick generator. */
export interface TickScale {
  (value: number): number;
  ticks(count?: number): number[];
}

/**
 * Returns about `count` ticks of `scale` labelled by `format`, dropping ticks whose labels would
 * come closer than `minGap` user units to the previous kept tick (so narrow charts thin out).
 */
export function axisTicks(
  scale: TickScale,
  count: number,
  format: (v: number) => string,
  minGap = 0,
): Tick[] {
  const out: Tick[] = [];
  for (const value of scale.ticks(count)) {
    const pos = scale(value);
    const last = out[out.length - 1];
    if (last && pos - last.pos < minGap) continue;
    out.push({ value, pos, label: format(value) });
  }
  return out;
}
