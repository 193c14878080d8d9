import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../../src/lib/ingest/blocks';

describe('parseBlocks', () => {
  it('parseBlocks splits paragraphs at blank lines and numbers them by file line', () => {
    expect(parseBlocks('一段落目。\n\n二段落目の\n続き。', 12)).toEqual([
      { kind: 'paragraph', text: '一段落目。', line: 12 },
      { kind: 'paragraph', text: '二段落目の\n続き。', line: 14 },
    ]);
  });

  it('parseBlocks ends a paragraph at a # heading, a separator or an attribute line', () => {
    const blocks = parseBlocks('### 見出し\n本文。\n---\n[リンク](/a)\n{: .cta}');
    expect(blocks.map((b) => [b.kind, b.text, b.level])).toEqual([
      ['heading', '見出し', 3],
      ['paragraph', '本文。', undefined],
      ['paragraph', '---', undefined],
      ['paragraph', '[リンク](/a)', undefined],
      ['paragraph', '{: .cta}', undefined],
    ]);
  });

  it('parseBlocks keeps a numbered list with its items as one list block', () => {
    const blocks = parseBlocks('前置き:\n1.  **一つ目**: 説明\n2.  **二つ目**: 説明\n\n後の段落。');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '前置き:'],
      ['list', '1.  **一つ目**: 説明\n2.  **二つ目**: 説明'],
      ['paragraph', '後の段落。'],
    ]);
  });

  it('parseBlocks treats lines of non-breaking spaces as blank', () => {
    expect(parseBlocks('甲\n\u00a0\n乙').map((b) => b.text)).toEqual(['甲', '乙']);
  });
});
