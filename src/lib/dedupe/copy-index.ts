/**
 * An index of the kept long paragraphs that finds, for a later paragraph, every earlier one it
 * could copy, without comparing it with all of them. A paragraph is a copy only if one of its
 * sentences matches one of the earlier paragraph's (see compare.ts); each way to match implies
 * a lookup below (exact key; shared rare bigrams by prefix filtering for the 80% containment,
 * substring and cut-off rules; first character for a cut-off piece too short for bigrams). The
 * candidates are then compared exactly as before, so the result is the same as comparing all.
 */
import type { Entry } from './entry';
import { BIGRAM_CONTAINMENT, bigrams, MIN_FUZZY_LENGTH, type SentenceKey } from './similarity';
import type { Block } from './types';

// Posting lists are arrays (an id may recur after its entry is replaced; lookups collect into a set).
type Posting<K, V> = Map<K, V[]>;

function add<K, V>(map: Posting<K, V>, key: K, value: V) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** Fewest shared bigrams out of `size` that reach the containment threshold, as containment() computes it. */
function needed(size: number): number {
  let m = Math.ceil(BIGRAM_CONTAINMENT * size);
  while (m > 0 && (m - 1) / size >= BIGRAM_CONTAINMENT) m--;
  while (m < size && m / size < BIGRAM_CONTAINMENT) m++;
  return m;
}

/** Candidate lookup over kept long entries; entries are identified by object and may be replaced. */
export class CopyIndex<B extends Block> {
  // Occurrences of each bigram id (see similarity.ts) over the article's sentence keys.
  private readonly frequency: number[] = [];
  private readonly exact: Posting<string, number> = new Map();
  private readonly full: Posting<number, number> = new Map();
  private readonly prefix: Posting<number, number> = new Map();
  private readonly first: Posting<string, number> = new Map();
  private readonly all = new Set<number>();
  private readonly ids = new Map<Entry<B>, number>();
  private readonly current = new Map<number, Entry<B>>();
  // Sentences recur (repeated sections), so each key's rare-bigram prefix is sorted once.
  private readonly prefixes = new Map<string, number[]>();

  /** `entries`: every entry the article has, so rare bigrams are known before any is indexed. */
  constructor(entries: readonly Entry<B>[]) {
    for (const e of entries)
      for (const k of e.units?.keys ?? [])
        for (const g of k.grams) this.frequency[g] = (this.frequency[g] ?? 0) + 1;
  }

  /** Returns the bigrams of a key, rarest first (ties by id), so prefixes agree everywhere. */
  private ordered(grams: Int32Array): number[] {
    const f = this.frequency;
    return Array.from(grams).sort((a, b) => (f[a] ?? 0) - (f[b] ?? 0) || a - b);
  }

  private prefixOf(key: SentenceKey): number[] {
    let prefix = this.prefixes.get(key.key);
    if (!prefix) {
      const size = key.grams.length;
      prefix = this.ordered(key.grams).slice(0, size - needed(size) + 1);
      this.prefixes.set(key.key, prefix);
    }
    return prefix;
  }

  /** Adds a kept long entry, or the new version of one (`replaces` the entry it was before). */
  add(entry: Entry<B>, replaces?: Entry<B>): void {
    const id = (replaces && this.ids.get(replaces)) ?? this.ids.size + 1;
    if (replaces) this.ids.delete(replaces);
    this.ids.set(entry, id);
    this.current.set(id, entry);
    this.all.add(id);
    const keys = entry.units?.keys ?? [];
    for (const k of keys) {
      add(this.exact, k.key, id);
      const head = String.fromCodePoint(k.key.codePointAt(0) ?? 0);
      add(this.first, head, id);
      if (k.key.length >= MIN_FUZZY_LENGTH)
        for (const g of this.prefixOf(k)) add(this.prefix, g, id);
    }
    for (const g of bigrams(keys.map((k) => k.key).join(''))) add(this.full, g, id);
  }

  /** Returns every indexed entry (current version) that `later` may copy, in no set order. */
  candidates(later: Entry<B>, cut: boolean): Entry<B>[] {
    const found = new Set<number>();
    const take = (ids: Iterable<number> | undefined) => {
      if (ids) for (const id of ids) found.add(id);
    };
    const keys = later.units?.keys ?? [];
    keys.forEach((k, i) => {
      take(this.exact.get(k.key));
      const last = cut && i === keys.length - 1;
      if (k.key.length >= MIN_FUZZY_LENGTH || (last && k.grams.length > 0)) {
        for (const g of this.prefixOf(k)) take(this.full.get(g));
      }
      if (k.key.length >= MIN_FUZZY_LENGTH) for (const g of k.grams) take(this.prefix.get(g));
      if (last && k.grams.length === 0) {
        take(k.key === '' ? this.all : this.first.get(String.fromCodePoint(k.key.codePointAt(0)!)));
      }
    });
    return [...found].map((id) => this.current.get(id)!);
  }
}
