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

/** Returns the set of character bigrams of a key. */
export function bigrams(key: string): Set<string> {
  const chars = Array.from(key);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** Returns the fraction (0-1) of the bigrams of `small` that also occur in `large`. */
export function containment(small: Set<string>, large: Set<string>): number {
  if (small.size === 0) return 0;
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size;
}

/** A sentence key prepared for repeated comparison. */
export interface SentenceKey {
  key: string;
  grams: Set<string>;
}

/** Returns a sentence key with its bigrams computed once. */
export function sentenceKey(key: string): SentenceKey {
  return { key, grams: bigrams(key) };
}

/**
 * Returns true when two sentence keys are the same sentence: equal, one a substring of the other
 * (a truncated or extended copy), or a near-copy by bigram containment and length ratio.
 */
export function sameSentence(a: SentenceKey, b: SentenceKey): boolean {
  if (a.key === b.key) return true;
  const [small, large] = a.key.length <= b.key.length ? [a, b] : [b, a];
  if (small.key.length < MIN_FUZZY_LENGTH) return false;
  if (large.key.includes(small.key)) return true;
  if (small.key.length / large.key.length < LENGTH_RATIO) return false;
  return containment(small.grams, large.grams) >= BIGRAM_CONTAINMENT;
}
