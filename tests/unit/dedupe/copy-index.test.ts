import { describe, expect, it } from 'vitest';
import { dedupeBlocks } from '../../../src/lib/dedupe/dedupe';
import { parseBlocks } from '../../../src/lib/ingest/blocks';
import { removeBoilerplate } from '../../../src/lib/ingest/boilerplate';
import { detectHeadings, shiftHeadingLevels } from '../../../src/lib/ingest/headings';
import { realBodies, syntheticSource } from '../../fixtures/ingest/synthetic';

const blocksOf = (text: string) =>
  shiftHeadingLevels(detectHeadings(removeBoilerplate(parseBlocks(text)).blocks));

describe('CopyIndex', () => {
  it.each(realBodies().map((body, i) => [`real source ${i}`, body]))(
    'dedupeBlocks with the index gives the same blocks and stats as comparing all pairs (%s)',
    (_, body) => {
      const blocks = blocksOf(body);
      expect(dedupeBlocks(blocks)).toEqual(dedupeBlocks(blocks, { exhaustive: true }));
    },
  );

  it.each([
    ['shifted passes', true],
    ['verbatim repeats', false],
  ])(
    'dedupeBlocks with the index matches comparing all pairs on 150 KB of %s',
    (_, vary) => {
      const blocks = blocksOf(syntheticSource(150 * 1024, vary));
      expect(dedupeBlocks(blocks)).toEqual(dedupeBlocks(blocks, { exhaustive: true }));
    },
    60_000,
  );

  it('an edited copy that shares no sentence exactly (only 80% of bigrams) is still found and merged', () => {
    const blocks = [
      'あなたの周りでAIを使う人は増えています。各社の投資額も毎年増え続けていますね。',
      '全く関係のない段落で、長さは四十文字を超えるようにしておきます。',
      '皆さんの周りでAIを使う人は増えています。各社の投資額も毎年増え続けています。新しい文です。',
    ].map((text) => ({ kind: 'paragraph' as const, text }));
    const result = dedupeBlocks(blocks);
    expect(result.stats.paragraphsMerged).toBe(1);
    expect(result.blocks[0]!.text.endsWith('新しい文です。')).toBe(true);
    expect(result).toEqual(dedupeBlocks(blocks, { exhaustive: true }));
  });
});
