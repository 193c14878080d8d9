/**
 * An index of the kept long paragraphs that finds, for a later paragraph, every earlier one it
 * could copy, without comparing it with all of them. A paragraph is a copy only if one of its
 * sentences matches one of the earlier paragraph's (see compare.ts), so the index finds the
 * paragraphs where some sentence matches, each way to match by its own lookup, and checks that
 * one sentence pair before it names the paragraph: equal keys; a later sentence inside the
 * earlier text (substring, cut-off end), by its rarest bigram; an earlier sentence inside the
 * later one, by the earlier one's rarest bigram; a near-copy (80% containment) by prefix
 * filtering on rare bigrams among sentences stating the same figures. The candidates are then
 * compared exactly as before, so the result is the same as comparing all (tested).
 * Longer than most modules: the postings and the lookups that read them must agree, so they
 * stay in one class.
 */
import { joinedKeys } from './compare';
import type { Entry } from './entry';
import {
  bigrams,
  gramId,
  MIN_FUZZY_LENGTH,
  neededShared,
  sameSentence,
  type SentenceKey,
} from './similarity';
import type { Block } from './types';

// Posting lists are arrays (an id may recur after its entry is replaced; lookups collect into a set).
type Posting<K> = Map<K, number[]>;

function add<K>(map: Posting<K>, key: K, value: number) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function postingOf(byFigures: Map<string, Posting<number>>, figures: string): Posting<number> {
  let map = byFigures.get(figures);
  if (!map) byFigures.set(figures, (map = new Map()));
  return map;
}

// Above any bigram id (see similarity.ts: the table holds far fewer), so frequency * GRAM_SPAN + id sorts both.
const GRAM_SPAN = 2 ** 26;

/**
 * Returns the bigrams of the keys run together that no single key has (those across each
 * boundary), or, when a key has surrogates (two keys may join into one code point), all of them.
 */
function boundaryGrams(keys: readonly SentenceKey[]): Iterable<number> {
  if (keys.some((k) => k.surrogates)) return bigrams(keys.map((k) => k.key).join(''));
  const out: number[] = [];
  let last = -1;
  for (const { key } of keys) {
    if (key === '') continue;
    if (last >= 0) out.push(gramId(last, key.charCodeAt(0)));
    last = key.charCodeAt(key.length - 1);
  }
  return out;
}

/** Candidate lookup over kept long entries; entries are identified by object and may be replaced. */
export class CopyIndex<B extends Block> {
  // Occurrences of each bigram id (see similarity.ts) over the article's sentence keys.
  private readonly frequency: Int32Array;
  private readonly ids = new Map<Entry<B>, number>();
  private readonly current = new Map<number, Entry<B>>();
  /** Entry ids by sentence key, by bigram of the joined text, by first character. */
  private readonly exact: Posting<string> = new Map();
  private readonly text: Posting<number> = new Map();
  private readonly first: Posting<string> = new Map();
  private readonly all: number[] = [];
  /** Refs of long sentences: by rarest bigram; those with surrogates; by figures then bigram. */
  private readonly refIds: number[] = [];
  private readonly refKeys: SentenceKey[] = [];
  // By sentence key: the entry ids its sentence checks found among the refs below `upTo`.
  private readonly memo = new Map<string, { upTo: number; ids: number[] }>();
  private readonly rarest: Posting<number> = new Map();
  private readonly odd: number[] = [];
  private readonly every = new Map<string, Posting<number>>();
  private readonly prefix = new Map<string, Posting<number>>();
  // Sentences recur (repeated sections), so each key's bigrams are sorted rarest first once.
  private readonly orders = new Map<string, number[]>();
  // seen[ref] === stamp: the ref was checked for the current lookup.
  private seen = new Int32Array(1024);
  private stamp = 0;

  /** `entries`: every entry the article has, so rare bigrams are known before any is indexed. */
  constructor(entries: readonly Entry<B>[]) {
    let top = 0;
    for (const e of entries)
      for (const k of e.units?.keys ?? []) for (const g of k.grams) top = Math.max(top, g);
    this.frequency = new Int32Array(top + 1);
    for (const e of entries)
      for (const k of e.units?.keys ?? []) for (const g of k.grams) this.frequency[g]!++;
  }

  /** Returns the bigrams of a key, rarest first (ties by id), so prefixes agree everywhere. */
  private ordered(key: SentenceKey): number[] {
    let order = this.orders.get(key.key);
    if (!order) {
      // Sorted as numbers (frequency, then id, in one float64): exact below 2^53.
      const { frequency: f } = this;
      const { grams } = key;
      const sorted = new Float64Array(grams.length);
      for (let i = 0; i < grams.length; i++)
        sorted[i] = (f[grams[i]!] ?? 0) * GRAM_SPAN + grams[i]!;
      sorted.sort();
      order = new Array<number>(grams.length);
      for (let i = 0; i < grams.length; i++) order[i] = sorted[i]! % GRAM_SPAN;
      this.orders.set(key.key, order);
    }
    return order;
  }

  /** Returns the rarest bigrams of a key, enough that a near-copy shares at least one. */
  private prefixOf(key: SentenceKey): number[] {
    const size = key.grams.length;
    return this.ordered(key).slice(0, size - neededShared(size) + 1);
  }

  /** Adds a kept long entry, or the new version of one (`replaces` the entry it was before). */
  add(entry: Entry<B>, replaces?: Entry<B>): void {
    const id = (replaces && this.ids.get(replaces)) ?? this.ids.size + 1;
    if (replaces) this.ids.delete(replaces);
    else this.all.push(id);
    this.ids.set(entry, id);
    this.current.set(id, entry);
    const units = entry.units;
    if (!units) return;
    // Postings are never removed, so a new version posts only the sentences it adds.
    const before = new Set(replaces?.units?.keys.map((k) => k.key));
    for (const k of units.keys) {
      if (before.has(k.key)) continue;
      before.add(k.key);
      add(this.exact, k.key, id);
      add(this.first, String.fromCodePoint(k.key.codePointAt(0) ?? 0), id);
      for (const g of k.grams) add(this.text, g, id);
      if (k.key.length < MIN_FUZZY_LENGTH || k.grams.length === 0) continue;
      const ref = this.refIds.push(id) - 1;
      this.refKeys.push(k);
      if (k.surrogates) this.odd.push(ref);
      else add(this.rarest, this.ordered(k)[0]!, ref);
      const every = postingOf(this.every, k.figures);
      for (const g of k.grams) add(every, g, ref);
      const prefix = postingOf(this.prefix, k.figures);
      for (const g of this.prefixOf(k)) add(prefix, g, ref);
    }
    for (const g of boundaryGrams(units.keys)) add(this.text, g, id);
  }

  /** Returns every indexed entry (current version) that `later` may copy, in no set order. */
  candidates(later: Entry<B>, cut: boolean): Entry<B>[] {
    const found = new Set<number>();
    const keys = later.units?.keys ?? [];
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      for (const id of this.exact.get(k.key) ?? []) found.add(id);
      const last = cut && i === keys.length - 1;
      const long = k.key.length >= MIN_FUZZY_LENGTH;
      if (long || (last && k.grams.length > 0)) this.inText(k, found);
      if (last && k.grams.length === 0) {
        const head = String.fromCodePoint(k.key.codePointAt(0) ?? 0);
        for (const id of (k.key === '' ? this.all : this.first.get(head)) ?? []) found.add(id);
      }
      if (long && k.grams.length > 0) this.sentences(k, found);
    }
    const out: Entry<B>[] = [];
    for (const id of found) out.push(this.current.get(id)!);
    return out;
  }

  /** Adds the entries whose joined text holds `k` (covers substrings and cut-off ends). */
  private inText(k: SentenceKey, found: Set<number>): void {
    // Without surrogates a substring has all its bigrams in the text, so its rarest is there too.
    const ids = k.surrogates ? this.all : this.text.get(this.ordered(k)[0]!);
    for (const id of ids ?? []) {
      if (!found.has(id) && joinedKeys(this.current.get(id)!.units!).includes(k.key)) found.add(id);
    }
  }

  /** Adds the entries with a long sentence that `k` (long) is the same sentence as. */
  private sentences(k: SentenceKey, found: Set<number>): void {
    // Refs only ever get added, so a key seen before checks only the refs added since.
    let memo = this.memo.get(k.key);
    if (!memo) this.memo.set(k.key, (memo = { upTo: 0, ids: [] }));
    const from = memo.upTo;
    memo.upTo = this.refIds.length;
    this.stamp++;
    if (this.seen.length < this.refIds.length) this.seen = new Int32Array(this.refIds.length * 2);
    // An earlier sentence inside this one: its rarest bigram is one of this one's.
    const { rarest } = this;
    for (const g of k.grams) this.check(rarest.get(g), from, k, memo.ids);
    this.check(this.odd, from, k, memo.ids);
    // A near-copy states the same figures and shares one of the smaller one's rarest bigrams.
    const every = this.every.get(k.figures);
    if (every) for (const g of this.prefixOf(k)) this.check(every.get(g), from, k, memo.ids);
    const prefix = this.prefix.get(k.figures);
    if (prefix) for (const g of k.grams) this.check(prefix.get(g), from, k, memo.ids);
    for (const id of memo.ids) found.add(id);
  }

  /**
   * Checks the refs at or above `from` not yet checked in this lookup with sameSentence (the
   * rule itself, whichever lookup named them), adding the ids of those that match to `ids`.
   */
  private check(refs: readonly number[] | undefined, from: number, k: SentenceKey, ids: number[]) {
    if (!refs) return;
    const { seen, stamp, refIds, refKeys } = this;
    for (let i = refs.length - 1; i >= 0; i--) {
      const r = refs[i]!;
      if (r < from) break;
      if (seen[r] === stamp) continue;
      seen[r] = stamp;
      const id = refIds[r]!;
      if (!ids.includes(id) && sameSentence(k, refKeys[r]!)) ids.push(id);
    }
  }
}
