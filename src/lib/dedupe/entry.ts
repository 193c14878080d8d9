import { compareUnits, type Comparison, type Relation } from './compare';
import { keyLength, normaliseKey } from './normalise';
import type { Block } from './types';
import { unitsOf, type Units } from './units';

/**
 * Paragraphs whose key is at least this many characters are de-duplicated across the whole
 * article; shorter ones (labels, refrains) only when they repeat inside a copy of the same section.
 */
export const LONG_PARAGRAPH = 40;

/** A block with its comparison key and, unless it is a heading, its sentences or items. */
export interface Entry<B extends Block> {
  block: B;
  key: string;
  long: boolean;
  units: Units | undefined;
}

/** The best earlier copy of a paragraph: its index among the entries and how they compare. */
export interface Copy {
  index: number;
  cmp: Comparison;
}

const RANK: Record<Relation, number> = { contained: 3, extends: 2, overlaps: 1, distinct: 0 };

/** Returns the entry of a block. */
export function entryOf<B extends Block>(block: B): Entry<B> {
  const key = normaliseKey(block.text);
  const long = block.kind !== 'heading' && keyLength(block.text) >= LONG_PARAGRAPH;
  return { block, key, long, units: block.kind === 'heading' ? undefined : unitsOf(block) };
}

/**
 * Returns the long entry in entries[from, to) of the same kind that `later` copies best (dropping
 * beats merging, then most sentences found, then the earliest), or undefined when none does.
 */
export function bestCopy<B extends Block>(
  entries: Entry<B>[],
  later: Entry<B>,
  from = 0,
  to = entries.length,
): Copy | undefined {
  let best: Copy | undefined;
  for (let j = from; j < to; j++) {
    const earlier = entries[j]!;
    if (!earlier.long || earlier.block.kind !== later.block.kind) continue;
    const cmp = compareUnits(later.units!, earlier.units!);
    if (cmp.relation === 'distinct') continue;
    const rank = RANK[cmp.relation] - (best ? RANK[best.cmp.relation] : 0);
    if (!best || rank > 0 || (rank === 0 && cmp.found > best.cmp.found)) best = { index: j, cmp };
  }
  return best;
}
