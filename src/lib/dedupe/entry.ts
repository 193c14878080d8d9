import { compareUnits, type Comparison, type Relation } from './compare';
import { normaliseKey } from './normalise';
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
// Equal lists of keys get one number, so the cache is keyed by small integers, not long strings.
const compared = new WeakMap<Units, Map<number, Comparison>>();
const signatureIds = new Map<string, number>();
const signatures = new WeakMap<Units, number>();

/** Returns compareUnits(later, earlier), computed once per pair of sentence-key lists. */
export function compareCached(later: Units, earlier: Units): Comparison {
  let byLater = compared.get(earlier);
  if (!byLater) compared.set(earlier, (byLater = new Map()));
  let signature = signatures.get(later);
  if (signature === undefined) {
    const text = later.keys.map((k) => k.key).join('\u0000');
    signature = signatureIds.get(text);
    if (signature === undefined) signatureIds.set(text, (signature = signatureIds.size));
    signatures.set(later, signature);
  }
  let cmp = byLater.get(signature);
  if (!cmp) byLater.set(signature, (cmp = compareUnits(later, earlier)));
  return cmp;
}

/** Returns the entry of a block. */
export function entryOf<B extends Block>(block: B): Entry<B> {
  const key = normaliseKey(block.text);
  // key.length is keyLength(block.text), without normalising the text twice.
  const long = block.kind !== 'heading' && key.length >= LONG_PARAGRAPH;
  return { block, key, long, units: block.kind === 'heading' ? undefined : unitsOf(block) };
}

/**
 * Returns the entries of blocks (as entryOf, each its own object); blocks of the same kind and
 * text (repeated sections) share one key and one Units, which is read-only, so it is made once.
 */
export function entriesOf<B extends Block>(blocks: readonly B[]): Entry<B>[] {
  const made = new Map<string, Entry<B>>();
  return blocks.map((block) => {
    const id = `${block.kind}\u0000${block.text}`;
    const same = made.get(id);
    if (same) return { ...same, block };
    const entry = entryOf(block);
    made.set(id, entry);
    return entry;
  });
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
  const copies: Copy[] = [];
  for (const j of indices) {
    const cmp = copyOf(later, entries[j]!);
    if (cmp) copies.push({ index: j, cmp });
  }
  return best(copies);
}

/** Returns how `later` compares with `earlier` when it may copy it (long, same kind, not distinct). */
function copyOf<B extends Block>(later: Entry<B>, earlier: Entry<B>): Comparison | undefined {
  if (!earlier.long || earlier.block.kind !== later.block.kind) return undefined;
  const cmp = compareCached(later.units!, earlier.units!);
  return cmp.relation === 'distinct' ? undefined : cmp;
}

/** Returns the best of copies in ascending index order: dropping, then most found, then earliest. */
function best(copies: readonly Copy[]): Copy | undefined {
  let top: Copy | undefined;
  for (const copy of copies) {
    const rank = RANK[copy.cmp.relation] - (top ? RANK[top.cmp.relation] : 0);
    if (!top || rank > 0 || (rank === 0 && copy.cmp.found > top.cmp.found)) top = copy;
  }
  return top;
}

/**
 * Returns bestCopyAt over the positions in `entries` of `candidates` (any order). Compares
 * first and looks up the position only of the few that are copies, so it costs no scan per candidate.
 */
export function bestCopyAmong<B extends Block>(
  entries: Entry<B>[],
  later: Entry<B>,
  candidates: Iterable<Entry<B>>,
): Copy | undefined {
  const copies: Copy[] = [];
  for (const earlier of candidates) {
    const cmp = copyOf(later, earlier);
    const index = cmp ? entries.indexOf(earlier) : -1;
    if (cmp && index >= 0) copies.push({ index, cmp });
  }
  return best(copies.sort((a, b) => a.index - b.index));
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
