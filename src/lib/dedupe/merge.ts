import type { SentenceKey } from './similarity';
import type { Units } from './units';

/** Merged units and how many came only from the later copy. */
export interface Merged extends Units {
  added: number;
  /** True when an earlier sentence was replaced by a longer later version of it. */
  replaced: boolean;
}

interface Slot {
  raw: string;
  key: SentenceKey;
  origin: number;
}

/**
 * Returns the union of an earlier paragraph's units and a later copy's, in order: each unit
 * only the later copy has goes right after the unit that precedes it there (or before the unit
 * that follows it, at the start). `matches` comes from compareUnits(later, earlier). Where the
 * later copy has a longer version of a sentence (the earlier one was cut off), the longer wins.
 */
export function mergeUnits(earlier: Units, later: Units, matches: number[]): Merged {
  const slots: Slot[] = earlier.raw.map((raw, i) => ({ raw, key: earlier.keys[i]!, origin: i }));
  const valid = (m: number | undefined): m is number =>
    m !== undefined && m >= 0 && m < slots.length;
  const slotOf = (origin: number) => slots.findIndex((s) => s.origin === origin);
  const first = matches.find(valid);
  let cursor = first === undefined ? slots.length - 1 : slotOf(first) - 1;
  let added = 0;
  let replaced = false;
  later.raw.forEach((raw, i) => {
    const m = matches[i];
    const key = later.keys[i]!;
    if (valid(m)) {
      cursor = slotOf(m);
      const slot = slots[cursor]!;
      if (key.key.length > slot.key.key.length && key.key.includes(slot.key.key)) {
        slots[cursor] = { raw, key, origin: m };
        replaced = true;
      }
    } else if (m === -1) {
      slots.splice(cursor + 1, 0, { raw, key, origin: -1 });
      cursor++;
      added++;
    }
  });
  return { raw: slots.map((s) => s.raw), keys: slots.map((s) => s.key), added, replaced };
}
