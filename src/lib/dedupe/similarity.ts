/**
 * Sentence likeness on comparison keys (see normalise.ts). Works on characters, not words, so
 * it needs no tokenizer and treats Japanese and English alike.
 */

/** Keys shorter than this only ever match exactly: short phrases recur legitimately. */
export const MIN_FUZZY_LENGTH = 12;

/**
 * Share of the shorter key's character bigrams that must occur in the longer key for two
 * sentences to count as copies ("あなたの周りで" vs "皆さんの周りで" in an edited copy).
 */
export const BIGRAM_CONTAINMENT = 0.8;

/** The shorter key must be at least this fraction of the longer one, so a clause is not a copy of a paragraph. */
export const LENGTH_RATIO = 0.6;

// Bigrams are numbered as first seen (one table for the process), so a key's set of bigrams is
// a sorted array of small integers: no strings to build, and containment is one merge pass.
// The table is open addressing over typed arrays (slot holds first and second code point + 1).
let slots = 1 << 16;
let firsts = new Int32Array(slots);
let seconds = new Int32Array(slots);
let numbers = new Int32Array(slots);
let count = 0;

const slotOf = (a: number, b: number, mask: number) =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & mask;

function grow(): void {
  const [oldFirsts, oldSeconds, oldNumbers] = [firsts, seconds, numbers];
  slots *= 2;
  firsts = new Int32Array(slots);
  seconds = new Int32Array(slots);
  numbers = new Int32Array(slots);
  const mask = slots - 1;
  for (let i = 0; i < oldFirsts.length; i++) {
    if (oldFirsts[i] === 0) continue;
    let s = slotOf(oldFirsts[i]!, oldSeconds[i]!, mask);
    while (firsts[s] !== 0) s = (s + 1) & mask;
    firsts[s] = oldFirsts[i]!;
    seconds[s] = oldSeconds[i]!;
    numbers[s] = oldNumbers[i]!;
  }
}

/** Returns the id of the bigram of code points `a` then `b` (equal bigrams, equal ids). */
export function gramId(a: number, b: number): number {
  const first = a + 1;
  const second = b + 1;
  const mask = slots - 1;
  let s = slotOf(first, second, mask);
  while (firsts[s] !== 0) {
    if (firsts[s] === first && seconds[s] === second) return numbers[s]!;
    s = (s + 1) & mask;
  }
  firsts[s] = first;
  seconds[s] = second;
  numbers[s] = count;
  if (++count * 2 > slots) grow();
  return count - 1;
}

/** Returns the set of character (code point) bigrams of a key, as ascending unique ids. */
export function bigrams(key: string): Int32Array {
  const ids = new Int32Array(Math.max(key.length - 1, 0));
  let filled = 0;
  let prev = -1;
  for (let i = 0; i < key.length;) {
    const cp = key.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (prev >= 0) ids[filled++] = gramId(prev, cp);
    prev = cp;
  }
  const sorted = ids.subarray(0, filled).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/** Returns the fraction (0-1) of the bigrams of `small` that also occur in `large` (both from bigrams()). */
export function containment(small: Int32Array, large: Int32Array): number {
  if (small.length === 0) return 0;
  let shared = 0;
  let j = 0;
  for (let i = 0; i < small.length; i++) {
    const g = small[i]!;
    while (j < large.length && large[j]! < g) j++;
    if (j === large.length) break;
    if (large[j] === g) shared++;
  }
  return shared / small.length;
}

/** A sentence key prepared for repeated comparison. */
export interface SentenceKey {
  key: string;
  grams: Int32Array;
  /** True when the key has surrogate code units (a substring may then split a pair). */
  surrogates: boolean;
  /** The key's figures (see figuresOf), which a near-copy must state alike. */
  figures: string;
}

// A number (keys are NFKC, so digits are ASCII) with its magnitude and unit, if written right after it.
const FIGURE = /\d+(?:[.,]\d+)*(?:[万億兆千百]+)?(?:ドル|円|ユーロ|ポンド|元|%|パーセント)?/g;

/**
 * Returns the distinct figures of a key (numbers with their magnitude and unit), sorted and
 * joined: two sentences that state different figures are different facts, however alike the
 * words around them (templated prose: "2015年4月時点で11億ドル" vs "2012年11月時点で12億ドル").
 */
export function figuresOf(key: string): string {
  const found = key.match(FIGURE);
  return found ? [...new Set(found)].sort().join(' ') : '';
}

/** Returns a sentence key with its bigrams and figures computed once. */
export function sentenceKey(key: string): SentenceKey {
  return {
    key,
    grams: bigrams(key),
    surrogates: /[\ud800-\udfff]/.test(key),
    figures: figuresOf(key),
  };
}

/** Fewest shared bigrams out of `size` that make containment() reach BIGRAM_CONTAINMENT. */
export function neededShared(size: number): number {
  let m = Math.ceil(BIGRAM_CONTAINMENT * size);
  while (m > 0 && (m - 1) / size >= BIGRAM_CONTAINMENT) m--;
  while (m < size && m / size < BIGRAM_CONTAINMENT) m++;
  return m;
}

/** Returns true when at least `needed` (> 0) bigrams of `small` are in `large`, stopping as soon as it is decided. */
function shares(small: Int32Array, large: Int32Array, needed: number): boolean {
  let misses = small.length - needed;
  let shared = 0;
  let j = 0;
  for (let i = 0; i < small.length; i++) {
    const g = small[i]!;
    while (j < large.length && large[j]! < g) j++;
    if (j < large.length && large[j] === g) {
      if (++shared >= needed) return true;
    } else if (--misses < 0) return false;
  }
  return false;
}

/**
 * Returns true when two sentence keys are the same sentence: equal, one a substring of the other
 * (a truncated or extended copy: the longer is kept), or a near-copy by bigram containment and
 * length ratio that states the same figures (one of the two is dropped, so a figure only it
 * states would be lost).
 */
export function sameSentence(a: SentenceKey, b: SentenceKey): boolean {
  if (a.key === b.key) return true;
  const [small, large] = a.key.length <= b.key.length ? [a, b] : [b, a];
  if (small.key.length < MIN_FUZZY_LENGTH) return false;
  const size = small.grams.length;
  if (
    size > 0 &&
    small.figures === large.figures &&
    small.key.length / large.key.length >= LENGTH_RATIO &&
    shares(small.grams, large.grams, neededShared(size))
  )
    return true;
  // Otherwise only a substring is the same sentence. A substring has all its bigrams in the
  // longer key (unless it splits a surrogate pair), so most pairs are told apart on the bigrams.
  if (!small.surrogates && (size === 0 || !shares(small.grams, large.grams, size))) return false;
  return large.key.includes(small.key);
}
