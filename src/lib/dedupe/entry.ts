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

// Repeated sections compare the same sentences with the same kept paragraph again and again;
// a comparison depends only on the two lists of sentence keys, so it is computed once.
const compared = new WeakMap<Units, Map<string, Comparison>>();

function compareCached(later: Units, earlier: Units): Comparison {
  let byLater = compared.get(earlier);
  if (!byLater) compared.set(earlier, (byLater = new Map()));
  const signature = later.keys.map((k) => k.key).join('\u0000');
  let cmp = byLater.get(signature);
  if (!cmp) byLater.set(signature, (cmp = compareUnits(later, earlier)));
  return cmp;
}

/** Returns the entry of a block. */
export function entryOf<B extends Block>(block: B): Entry<B> {
  const key = normaliseKey(block.text);
  const long = block.kind !== 'heading' && keyLength(block.text) >= LONG_PARAGRAPH;
  return { block, key, long, units: block.kind === 'heading' ? undefined : unitsOf(block) };
}

/**
 * Returns the long entry among entries[indices] (ascending) of the same kind that `later` copies
 * best (dropping beats merging, then most sentences found, then the earliest), or undefined.
 */
export function bestCopyAt<B extends Block>(
  entries: Entry<B>[],
  later: Entry<B>,
  indices: Iterable<number>,
): Copy | undefined {
  let best: Copy | undefined;
  for (const j of indices) {
    const earlier = entries[j]!;
    if (!earlier.long || earlier.block.kind !== later.block.kind) continue;
    const cmp = compareCached(later.units!, earlier.units!);
    if (cmp.relation === 'distinct') continue;
    const rank = RANK[cmp.relation] - (best ? RANK[best.cmp.relation] : 0);
    if (!best || rank > 0 || (rank === 0 && cmp.found > best.cmp.found)) best = { index: j, cmp };
  }
  return best;
}

/** Returns bestCopyAt over every index in [from, to). */
export function bestCopy<B extends Block>(
  entries: Entry<B>[],
  later: Entry<B>,
  from = 0,
  to = entries.length,
): Copy | undefined {
  const range = function* () {
    for (let j = from; j < to; j++) yield j;
  };
  return bestCopyAt(entries, later, range());
}
