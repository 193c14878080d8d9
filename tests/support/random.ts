/**
 * Seeded randomness for property tests: a generator and a text mutator, so a failing case
 * reproduces from its seed.
 */

/** A small seeded generator (mulberry32), so a failure reproduces from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How hard `mutate` edits: the pieces it inserts and the most edits, copied and cut characters. */
export interface MutateOptions {
  spice: readonly string[];
  maxEdits: number;
  maxCopy: number;
  maxCut: number;
}

/** Returns the text with 1 to maxEdits random deletions, insertions of spice, duplications and cuts. */
export function mutate(text: string, next: () => number, options: MutateOptions): string {
  const { spice, maxEdits, maxCopy, maxCut } = options;
  const chars = [...text];
  const edits = 1 + Math.floor(next() * maxEdits);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (chars.length + 1));
    const op = Math.floor(next() * 4);
    if (op === 0) chars.splice(at, 1);
    else if (op === 1) chars.splice(at, 0, spice[Math.floor(next() * spice.length)]!);
    else if (op === 2) chars.splice(at, 0, ...chars.slice(at, at + Math.floor(next() * maxCopy)));
    else chars.splice(at, Math.floor(next() * maxCut));
  }
  return chars.join('');
}
