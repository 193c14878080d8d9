import { endsCut } from './compare';
import { CopyIndex } from './copy-index';
import { bestCopy, bestCopyAmong, entriesOf, type Copy, type Entry } from './entry';
import { mergeUnits, type Merged } from './merge';
import { normaliseKey } from './normalise';
import { repeatedHeading, sectionEnd, shortCopy } from './sections';
import type { Block, DedupeResult, DedupeStats } from './types';
import { joinUnits } from './units';

/** Merges a later copy into the kept entry it copies; returns the merge, or undefined when it adds nothing. */
function mergeInto<B extends Block>(
  out: Entry<B>[],
  index: CopyIndex<B>,
  later: Entry<B>,
  copy: Copy,
): Merged | undefined {
  const kept = out[copy.index]!;
  const merged = mergeUnits(kept.units!, later.units!, copy.cmp.matches);
  if (merged.added === 0 && !merged.replaced) return undefined;
  const text = joinUnits(kept.block.kind, merged.raw);
  const next = { ...kept, block: { ...kept.block, text }, key: normaliseKey(text), units: merged };
  out[copy.index] = next;
  index.add(next, kept);
  return merged;
}

/**
 * Returns the blocks with repeated sections and paragraphs removed. Each section or long
 * paragraph appears once, where it first appeared, in its most complete version: sentences,
 * paragraphs and sections that only a later copy has are merged in at their position there.
 * Candidate copies come from a CopyIndex; `exhaustive` compares with every kept paragraph
 * instead (same result, quadratic; for tests).
 */
export function dedupeBlocks<B extends Block>(
  input: B[],
  options: { exhaustive?: boolean } = {},
): DedupeResult<B> {
  const stats: DedupeStats = {
    sectionsFound: 0,
    sectionsKept: 0,
    sectionsMerged: 0,
    paragraphsDropped: 0,
    paragraphsMerged: 0,
    sentencesAdded: 0,
  };
  const out: Entry<B>[] = [];
  const entries = entriesOf(input);
  // Candidate copies come from an index, so each paragraph is compared with few, not all, kept ones.
  const index = new CopyIndex(entries);
  // The kept headings by key, so a heading is checked only against kept ones of the same key.
  const headings = new Map<string, Entry<B>[]>();
  // Where the text read so far sits in the output; new material goes in right after it.
  let anchor = -1;
  input.forEach((block, i) => {
    const entry = entries[i]!;
    if (block.kind === 'heading') {
      stats.sectionsFound++;
      const k = repeatedHeading(out, entries, i, headings);
      if (k >= 0) {
        stats.sectionsMerged++;
        anchor = k;
      } else {
        anchor = sectionEnd(out, anchor);
        out.splice(anchor, 0, entry);
        headings.set(entry.key, [...(headings.get(entry.key) ?? []), entry]);
      }
      return;
    }
    let copy: Copy | undefined;
    if (entry.long && options.exhaustive) copy = bestCopy(out, entry);
    else if (entry.long)
      copy = bestCopyAmong(out, entry, index.candidates(entry, endsCut(entry.units!)));
    // A short block is held only by a long one where some sentence matches: the index finds those.
    const short = entry.long
      ? -1
      : shortCopy(
          out,
          entry,
          anchor,
          options.exhaustive ? undefined : new Set(index.candidates(entry, endsCut(entry.units!))),
        );
    if (copy) {
      anchor = copy.index;
      const merged =
        copy.cmp.relation === 'contained' ? undefined : mergeInto(out, index, entry, copy);
      if (merged) {
        stats.paragraphsMerged++;
        stats.sentencesAdded += merged.added;
      } else stats.paragraphsDropped++;
    } else if (short >= 0) {
      anchor = short;
      stats.paragraphsDropped++;
    } else {
      // Mostly new text goes at the end, where a push costs less than a splice.
      if (anchor + 1 === out.length) out.push(entry);
      else out.splice(anchor + 1, 0, entry);
      if (entry.long) index.add(entry);
      anchor++;
    }
  });
  const blocks = out.map((e) => e.block);
  stats.sectionsKept = blocks.filter((b) => b.kind === 'heading').length;
  return { blocks, stats };
}
