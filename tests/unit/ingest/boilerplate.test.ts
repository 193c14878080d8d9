import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../../src/lib/ingest/blocks';
import { removeBoilerplate } from '../../../src/lib/ingest/boilerplate';

const PROSE = '本文はここから始まり、資金調達の動向を詳しく見ていきます。';
const HEADING_AND_PROSE = `次の見出し\n\n${PROSE}`;

/** Runs removeBoilerplate on text and returns the removed kinds and the kept block texts. */
function clean(text: string) {
  const { blocks, removed } = removeBoilerplate(parseBlocks(text));
  return { removed: removed.map((r) => r.kind), kept: blocks.map((b) => b.text) };
}

describe('removeBoilerplate', () => {
  it.each([
    ['separator', `${PROSE}\n---\n\n***\n\n---END---`, [PROSE]],
    ['skip-link', `メインコンテンツへスキップ\n\n${PROSE}`, [PROSE]],
    ['copy-widget', `${PROSE}\n\n\u00a0\n\nタイトルとURLをコピーしました`, [PROSE]],
    ['affiliate-disclaimer', `${PROSE}\n\n*※ 上記リンクはAmazonアソシエイトリンクです*`, [PROSE]],
    [
      'affiliate-disclaimer',
      `※ 本ページのリンクにはアフィリエイトリンクが含まれます。購入によりサイト運営をサポートいただけます。\n\n${PROSE}`,
      [PROSE],
    ],
    ['attribute', `${PROSE}\n{: .consulting-cta-link}`, [PROSE]],
    [
      'related-articles',
      `### あわせて読みたい\n\n- [記事A](/2025/11/28/a/)\n- [記事B](/2025/12/10/b/)\n\n${PROSE}`,
      [PROSE],
    ],
    ['related-articles', `あわせて読みたい\n\n\n${PROSE}`, [PROSE]],
    [
      'cta',
      '## AI最新動向のレポートを配信中\n\n毎週のAI業界動向サマリーをお届けしています。\n\n[サービス詳細を見る](/services/?utm_source=article)\n{: .consulting-cta-link}',
      [],
    ],
    [
      'cta',
      `AI活用の実践ノウハウを発信中\n\nAI技術の最新動向を解説しています。\n\n${HEADING_AND_PROSE}`,
      ['次の見出し', PROSE],
    ],
    [
      'affiliate-books',
      '## この記事に関連するおすすめ書籍\n\n**[AI投資の最前線](https://www.amazon.co.jp/s?k=AI&tag=x-22)**\n  AI企業への投資判断に役立つ分析手法\n\n**[GPUの技術](https://www.amazon.co.jp/s?k=GPU&tag=x-22)**\n  AI半導体の解説',
      [],
    ],
    [
      'affiliate-books',
      `この記事に関連するおすすめ書籍\n\n増補改訂 GPUを支える技術\n\n超並列ハードウェアの仕組みを網羅的に解説\n\nAmazonで詳しく見る →\n\n${PROSE}`,
      [PROSE],
    ],
    [
      'contact-footer',
      `${PROSE}\n\n〆最後に〆\n\n以上、間違い・ご意見は\n以下アドレスまでお願いします。\n\nsomeone@example.com\n\n全体の纏め記事に戻る`,
      [PROSE],
    ],
    [
      'reference-links',
      `${PROSE}\n\n参考リンク:\n\nTIME | Current & Breaking News\nBreaking news and analysis from time.com. Politics, world news, photos, video, tech reviews,...\n\n${HEADING_AND_PROSE}`,
      [PROSE, '次の見出し', PROSE],
    ],
    [
      'reference-links',
      `参考リンク:\n\nJust a moment...\n\n第2章 次の章\n\n${PROSE}`,
      ['第2章 次の章', PROSE],
    ],
  ])('removeBoilerplate removes a %s block', (kind, text, kept) => {
    const result = clean(text);
    expect(result.removed).toContain(kind);
    expect(result.kept).toEqual(kept);
  });

  it.each([
    [
      'a reference list whose links still have URLs',
      `参考リンク:\n\n- [Crunchbase](https://crunchbase.com/x)\n\n${PROSE}`,
    ],
    [
      'prose that mentions a newsletter mid-sentence',
      `当社のニュースレターは毎週配信しています。\n\n${PROSE}`,
    ],
    ['a heading followed by prose', HEADING_AND_PROSE],
    [
      'a paragraph closing with a question to readers',
      '皆さんの周りで、AIがもたらす具体的な変化は何でしょうか？ぜひ、コメントで聞かせてください。',
    ],
  ])('removeBoilerplate keeps %s', (_, text) => {
    expect(clean(text)).toEqual({ removed: [], kept: parseBlocks(text).map((b) => b.text) });
  });

  it('removeBoilerplate stops an affiliate-books block at the prose after its disclaimer', () => {
    const text = `## この記事に関連するおすすめ書籍\n\n**[本](https://www.amazon.co.jp/s?k=x)**\n  説明\n\n*※ 上記リンクはAmazonアソシエイトリンクです*\n\n${PROSE}`;
    expect(clean(text)).toEqual({
      removed: ['affiliate-books', 'affiliate-disclaimer'],
      kept: [PROSE],
    });
  });

  it('removeBoilerplate reports each run with its text and first line', () => {
    const { removed } = removeBoilerplate(
      parseBlocks(`${PROSE}\n\n参考リンク:\n\nCrunchbase\n\n${HEADING_AND_PROSE}`, 10),
    );
    expect(removed).toEqual([
      { kind: 'reference-links', text: '参考リンク:\nCrunchbase', line: 12 },
    ]);
  });
});
