import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../../src/lib/ingest/ingest';
import { formatReport } from '../../../src/lib/ingest/report';

describe('formatReport', () => {
  it('formatReport lists the counts and each removed block by kind and first 40 characters', () => {
    const text = [
      'メインコンテンツへスキップ',
      'AI資金の地図',
      '資金の流れが変わった。米国に投資が集まり、中国は国産化を急いでいる。日本の存在感は薄い。',
      '資金の流れが変わった。米国に投資が集まり、中国は国産化を急いでいる。日本の存在感は薄い。',
      '※ 本ページのリンクにはアフィリエイトリンクが含まれます。購入によりサイト運営をサポートいただけます。',
    ].join('\n\n');
    const result = ingestSource({ file: 'a.txt', text });
    expect(formatReport('content/sources/a.txt', 'content/articles/a.mdx', result, true)).toBe(
      [
        'content/sources/a.txt -> content/articles/a.mdx',
        '  sections: 0 found, 0 kept, 0 merged',
        '  duplicate paragraphs removed: 1 (0 merged into an earlier copy, 0 sentences added)',
        '  boilerplate blocks removed: 2',
        '    - skip-link (line 1): メインコンテンツへスキップ',
        '    - affiliate-disclaimer (line 9): ※ 本ページのリンクにはアフィリエイトリンクが含まれます。購入によりサイト運営を…',
        `  characters: ${result.charsIn} in, ${result.charsOut} out`,
      ].join('\n'),
    );
  });

  it('formatReport marks an article whose file did not change', () => {
    const result = ingestSource({ file: 'a.txt', text: 'タイトル\n\n本文。' });
    expect(formatReport('a.txt', 'a.mdx', result, false).split('\n')[0]).toBe(
      'a.txt -> a.mdx (unchanged)',
    );
  });
});
