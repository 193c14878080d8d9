import { containedIn } from './compare';
import { bestCopy, type Entry } from './entry';
import type { Block } from './types';

const isHeading = <B extends Block>(item: Entry<B> | B) =>
  ('block' in item ? item.block : item).kind === 'heading';

/** Returns the index just past the section that index `from` is in: the next heading, or the end. */
export function sectionEnd<B extends Block>(items: (Entry<B> | B)[], from: number): number {
  for (let j = from + 1; j < items.length; j++) if (isHeading(items[j]!)) return j;
  return items.length;
}

/**
 * Returns the index of the kept entry that a short block copies, or -1. Only the section of the
 * anchor counts: the same text after the anchor, or a long paragraph there holding all its
 * sentences. `copies`, when given, holds every long kept entry that could hold them (others are
 * not compared).
 */
export function shortCopy<B extends Block>(
  out: Entry<B>[],
  entry: Entry<B>,
  anchor: number,
  copies?: ReadonlySet<Entry<B>>,
): number {
  let start = Math.max(anchor, 0);
  while (start > 0 && !isHeading(out[start]!)) start--;
  const end = sectionEnd(out, anchor);
  for (let x = start; x < end; x++) {
    const kept = out[x]!;
    if (kept.block.kind !== entry.block.kind) continue;
    if (x > anchor && kept.key === entry.key) return x;
    if (kept.long && (copies?.has(kept) ?? true) && containedIn(entry.units!, kept.units!))
      return x;
  }
  return -1;
}

/**
 * Returns the index of the kept heading that the heading entries[i] (of the input) repeats, or
 * -1: the same key, and a body with a long paragraph that copies one in the kept section (or
 * either has none). `headings` holds the kept heading entries by key (all of out's headings).
 */
export function repeatedHeading<B extends Block>(
  out: Entry<B>[],
  entries: Entry<B>[],
  i: number,
  headings: ReadonlyMap<string, readonly Entry<B>[]>,
): number {
  const same = headings.get(entries[i]!.key) ?? [];
  if (same.length === 0) return -1;
  const body = entries.slice(i + 1, sectionEnd(entries, i)).filter((e) => e.long);
  const positions = same.map((h) => out.indexOf(h)).sort((a, b) => a - b);
  for (const k of positions) {
    const end = sectionEnd(out, k);
    const keptLong = out.slice(k + 1, end).some((e) => e.long);
    if (!keptLong || body.length === 0 || body.some((e) => bestCopy(out, e, k + 1, end))) return k;
  }
  return -1;
}
