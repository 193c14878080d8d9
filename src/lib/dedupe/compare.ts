import { MIN_FUZZY_LENGTH, sameSentence, type SentenceKey } from './similarity';
import type { Units } from './units';

/**
 * Share of sentences two paragraphs must have in common, counted against the longer of the
 * two, before an edited copy (sentences both added and dropped) is merged rather than kept apart.
 */
export const MERGE_OVERLAP = 0.6;

// A key that ends like a sentence; anything else at the end of a paragraph was cut off.
const TERMINATED = /[。！？!?.」』)）"”]$/;

/** How a later paragraph relates to an earlier one. */
export type Relation =
  /** Every sentence of the later one is already in the earlier one: drop it. */
  | 'contained'
  /** The later one holds all of the earlier one and more: merge the extra sentences in. */
  | 'extends'
  /** Most sentences are shared and each has some of its own: merge (union, in order). */
  | 'overlaps'
  | 'distinct';

/** A later paragraph's sentences matched against an earlier paragraph. */
export interface Comparison {
  relation: Relation;
  /** For each sentence of the later paragraph, the index of its copy in the earlier one, or -1. */
  matches: number[];
  /** Sentences of the later paragraph found in the earlier one. */
  found: number;
}

/**
 * Returns the index of the sentence in `keys` that `key` copies, or -1. A `cut` key (the
 * unterminated end of a paragraph) also matches the start of a sentence, however short.
 */
function indexOfCopy(key: SentenceKey, keys: SentenceKey[], joined: string, cut = false): number {
  const exact = keys.findIndex((k) => k.key === key.key);
  if (exact >= 0) return exact;
  // A short key that is not a cut-off end matches only exactly (sameSentence, and below).
  if (!cut && key.key.length < MIN_FUZZY_LENGTH) return -1;
  const near = keys.findIndex((k) => sameSentence(key, k) || (cut && k.key.startsWith(key.key)));
  if (near >= 0) return near;
  // A sentence split differently in the two copies still sits inside the earlier text.
  return key.key.length >= MIN_FUZZY_LENGTH && joined.includes(key.key) ? keys.length : -1;
}

/** Returns true when the last unit does not end like a sentence: a copy cut off mid-sentence. */
export function endsCut(units: Units): boolean {
  return !TERMINATED.test(units.keys[units.keys.length - 1]?.key ?? '。');
}

// The keys of a paragraph run together, once per paragraph (each is compared with many).
const joinedTexts = new WeakMap<Units, string>();

/** Returns the sentence keys of a paragraph run together (computed once per Units). */
export function joinedKeys(units: Units): string {
  let text = joinedTexts.get(units);
  if (text === undefined) joinedTexts.set(units, (text = units.keys.map((k) => k.key).join('')));
  return text;
}

/** Returns how the later paragraph `later` relates to the earlier paragraph `earlier`. */
export function compareUnits(later: Units, earlier: Units): Comparison {
  const earlierText = joinedKeys(earlier);
  const laterText = joinedKeys(later);
  const last = later.keys.length - 1;
  const cut = endsCut(later);
  const matches = later.keys.map((k, i) =>
    indexOfCopy(k, earlier.keys, earlierText, cut && i === last),
  );
  const found = matches.filter((m) => m >= 0).length;
  const n = later.keys.length;
  // Whether every earlier sentence is in the later copy matters only when some later one matched.
  const allEarlierFound = () =>
    earlier.keys.every((k) => indexOfCopy(k, later.keys, laterText) >= 0);
  let relation: Relation = 'distinct';
  if (n > 0 && found === n) relation = 'contained';
  else if (found > 0 && allEarlierFound()) relation = 'extends';
  else if (found / Math.max(n, earlier.keys.length) >= MERGE_OVERLAP) relation = 'overlaps';
  return { relation, matches, found };
}

/** Returns true when compareUnits(later, earlier).relation is 'contained', stopping at the first sentence not found. */
export function containedIn(later: Units, earlier: Units): boolean {
  const earlierText = joinedKeys(earlier);
  const last = later.keys.length - 1;
  const cut = endsCut(later);
  return (
    last >= 0 &&
    later.keys.every((k, i) => indexOfCopy(k, earlier.keys, earlierText, cut && i === last) >= 0)
  );
}
