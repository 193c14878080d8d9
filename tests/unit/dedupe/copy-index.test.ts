import { describe, expect, it } from 'vitest';
import { endsCut } from '../../../src/lib/dedupe/compare';
import { CopyIndex } from '../../../src/lib/dedupe/copy-index';
import { dedupeBlocks } from '../../../src/lib/dedupe/dedupe';
import { entryOf } from '../../../src/lib/dedupe/entry';
import { parseBlocks } from '../../../src/lib/ingest/blocks';
import { removeBoilerplate } from '../../../src/lib/ingest/boilerplate';
import { detectHeadings, shiftHeadingLevels } from '../../../src/lib/ingest/headings';
import { realBodies, syntheticSource } from '../../fixtures/ingest/synthetic';
import { random } from '../../support/random';

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

  it('dedupeBlocks with the index matches comparing all pairs on 40 sources of edited, cut and repeated paragraphs', () => {
    const next = random(5);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const paragraphs = realBodies().flatMap((b) => b.split(/\n{2,}/));
    // Copies with a character changed, a sentence dropped or added, or the end cut off.
    const edit = (text: string) => {
      const at = Math.floor(next() * text.length);
      const op = Math.floor(next() * 5);
      if (op === 0) return text.slice(0, at) + pick(['の', 'A', '😀', '。', ' ']) + text.slice(at);
      if (op === 1) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 8));
      if (op === 2) return text.slice(0, Math.max(at, 1));
      if (op === 3) return text.replace(/^[^。]*。/, '');
      return `${text}${pick(paragraphs).split('。')[0]}。`;
    };
    let merged = 0;
    let dropped = 0;
    for (let c = 0; c < 40; c++) {
      const pool = Array.from({ length: 6 }, () => pick(paragraphs));
      const parts = Array.from({ length: 30 }, () => {
        const text = pick(pool);
        return next() < 0.5 ? edit(text) : text;
      });
      const blocks = blocksOf(parts.join('\n\n'));
      const result = dedupeBlocks(blocks);
      expect(result, `case ${c}`).toEqual(dedupeBlocks(blocks, { exhaustive: true }));
      merged += result.stats.paragraphsMerged;
      dropped += result.stats.paragraphsDropped;
    }
    // The cases hold both kinds of copy, so the equality covers merging as well as dropping.
    expect(merged).toBeGreaterThan(40);
    expect(dropped).toBeGreaterThan(40);
  });

  it('dedupeBlocks with the index matches comparing all pairs on templated prose whose sentences differ in names and figures', () => {
    // Like generated articles: few templates, so sentences share most bigrams and near-copies
    // are told apart by their figures (same figures: a copy; other figures: kept).
    const next = random(11);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const names = ['Naru Partners', 'Luxrinor Robotics', 'Rakelru Ventures', 'Yuma Defense'];
    const topics = ['提携関係', '計算資源への投資', '顧客基盤の拡大', '研究開発の体制'];
    const sentence = () =>
      pick([
        () =>
          `${pick(['2015', '2018', '2020'])}年以降、${pick(names)}の${pick(topics)}に関する報道は増え続けています。`,
        () =>
          `関係者によれば、${pick(names)}は${pick(['2012年11月', '2015年4月'])}時点で${pick(['11', '12'])}億ドルの調達に向けて交渉を進めています。`,
        () =>
          `正直なところ、${pick(names)}の${pick(topics)}について、明確な答えはまだ出ていません。`,
      ])();
    let merged = 0;
    let dropped = 0;
    for (let c = 0; c < 20; c++) {
      const pool = Array.from({ length: 8 }, () => Array.from({ length: 4 }, sentence));
      const parts = Array.from({ length: 30 }, () => {
        const base = [...pick(pool)];
        if (next() < 0.5) base[Math.floor(next() * base.length)] = sentence();
        return base.join('');
      });
      const blocks = blocksOf(parts.join('\n\n'));
      const result = dedupeBlocks(blocks);
      expect(result, `case ${c}`).toEqual(dedupeBlocks(blocks, { exhaustive: true }));
      merged += result.stats.paragraphsMerged;
      dropped += result.stats.paragraphsDropped;
    }
    expect(merged).toBeGreaterThan(20);
    expect(dropped).toBeGreaterThan(20);
  });

  // Each way a sentence can match has its own lookup; these pairs match in one way only.
  it.each([
    [
      'a later sentence most of whose bigrams are in a longer earlier one',
      '鬱嚢皆さんの周りでAIを使う人は増えています。',
      'あなたの周りでAIを使う人は増えています。',
    ],
    [
      'an earlier sentence most of whose bigrams are in a longer later one',
      'あなたの周りでAIを使う人は増えています。',
      '鬱嚢皆さんの周りでAIを使う人は増えています。',
    ],
    [
      'an earlier sentence inside a later one that states another figure',
      'AIを使う人は大きく増えています。',
      '2020年にはAIを使う人は大きく増えています。',
    ],
    [
      'a later sentence inside an earlier one',
      '2020年にはAIを使う人は大きく増えています。',
      'AIを使う人は大きく増えています。',
    ],
  ])('candidates finds the earlier paragraph for %s', (_, earlier, later) => {
    const [e, l] = [earlier, later].map((text) => entryOf({ kind: 'paragraph', text }));
    const index = new CopyIndex([e!, l!]);
    index.add(e!);
    expect(index.candidates(l!, endsCut(l!.units!))).toEqual([e]);
  });
});
