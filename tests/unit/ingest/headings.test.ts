import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../../src/lib/ingest/blocks';
import { detectHeadings, shiftHeadingLevels } from '../../../src/lib/ingest/headings';

const PROSE = '資金が計算資源を呼び、計算資源がモデルを生む。';

/** Returns each block as "## text" for headings, or its text. */
function outline(text: string): string[] {
  return shiftHeadingLevels(detectHeadings(parseBlocks(text))).map((b) =>
    b.kind === 'heading' ? `${'#'.repeat(b.level ?? 0)} ${b.text}` : b.text,
  );
}

describe('detectHeadings', () => {
  it('detectHeadings makes chapters level 2, lines under them level 3 and まとめ level 2', () => {
    const text = `第1章 米国に集まる資金\n\n${PROSE}\n\n米国に集中するAI VCマネー\n\n${PROSE}\n\nまとめ\n\n${PROSE}`;
    expect(outline(text)).toEqual([
      '## 第1章 米国に集まる資金',
      PROSE,
      '### 米国に集中するAI VCマネー',
      PROSE,
      '## まとめ',
      PROSE,
    ]);
  });

  it('detectHeadings makes every heading level 2 in a text without chapters', () => {
    const text = `止まらぬ資金流入、AI開発の加速器\n\n${PROSE}\n\n実践的示唆:企業とエンジニアが取るべき道\n\n${PROSE}`;
    expect(outline(text)).toEqual([
      '## 止まらぬ資金流入、AI開発の加速器',
      PROSE,
      '## 実践的示唆:企業とエンジニアが取るべき道',
      PROSE,
    ]);
  });

  it.each([
    ['a sentence', `短い文です。\n\n${PROSE}`],
    ['a question', `なぜ資金が集まるのか？\n\n${PROSE}`],
    ['a label with a colon', `参考リンク:\n\n${PROSE}`],
    ['a list item', `- 項目\n\n${PROSE}`],
    ['a link title', `[記事のタイトル](https://example.com)\n\n${PROSE}`],
    [
      'a line cut off with an ellipsis',
      `Analytics Insight is a publication focused on AI...\n\n${PROSE}`,
    ],
    ['a short line followed by another short line', `Crunchbase\n\n日本のシェア\n\n${PROSE}`],
    ['a line of 60 characters or more', `${'長い行'.repeat(20)}\n\n${PROSE}`],
    ['the last line', `${PROSE}\n\n終わり`],
  ])('detectHeadings does not take %s for a heading', (_, text) => {
    const first = text.split('\n\n')[0]!;
    expect(outline(text)).not.toContain(`## ${first}`);
  });

  it('detectHeadings leaves a source with # headings as it is', () => {
    expect(outline(`### 見出し\n\n${PROSE}\n\n短い行\n\n${PROSE}`)).toEqual([
      '## 見出し',
      PROSE,
      '短い行',
      PROSE,
    ]);
  });
});

describe('shiftHeadingLevels', () => {
  it('shiftHeadingLevels maps ### to ## and keeps relative levels', () => {
    expect(outline(`### 章\n\n${PROSE}\n\n#### 節\n\n${PROSE}`)).toEqual([
      '## 章',
      PROSE,
      '### 節',
      PROSE,
    ]);
  });
});
