import { describe, expect, it } from 'vitest';
import { mentionsIn, plainText, sentences } from '../../../src/lib/data/mentions';
import { mentionIndex } from '../../../src/lib/data/mention-index';

describe('sentences', () => {
  it('splits Japanese and English sentences, keeping closing brackets', () => {
    expect(sentences('資金が集まる。「本当か？」と思う。It grew fast! Really')).toEqual([
      '資金が集まる。',
      '「本当か？」と思う。',
      'It grew fast!',
      'Really',
    ]);
  });
});

describe('plainText', () => {
  it('drops frontmatter, headings, components and MDX escapes', () => {
    const mdx = '---\ntitle: t\n---\n## 見出し\n\n<RoundsChart />\n\n\\{a\\} &lt;b&gt; **強調**';
    expect(plainText(mdx).replace(/\n+/g, '\n').trim()).toBe('見出し\n{a} <b> 強調');
  });
});

describe('mentionsIn', () => {
  const body = 'xAIが調達した。OpenAIは交渉中。NVIDIAとxAIが提携。関係ない文。';
  it('returns the sentences naming the company, case-insensitively', () => {
    expect(mentionsIn(body, ['xAI'])).toEqual(['xAIが調達した。', 'NVIDIAとxAIが提携。']);
    expect(mentionsIn(body, ['openai'])).toEqual(['OpenAIは交渉中。']);
  });
  it('stops at the limit and ignores one-character names', () => {
    expect(mentionsIn(body, ['x', 'xAI'], 1)).toEqual(['xAIが調達した。']);
  });
});

describe('a name inside a longer name', () => {
  const companies = [
    { id: 'rote', name: 'Rote Defense', name_ja: 'ロートディフェンス' },
    { id: 'terote', name: 'Terote Defense', name_ja: 'テロートディフェンス' },
    { id: 'lo', name: 'Loto', name_ja: 'ロート' },
  ];
  const body =
    'Terote Defenseが調達した。テロートディフェンスの評価額も上がった。ロートディフェンスは未定。';

  it('is not a mention of the shorter name, in Latin script or in katakana', () => {
    expect(mentionsIn(body, ['Rote Defense'])).toEqual([]);
    expect(mentionsIn(body, ['ロート'])).toEqual([]);
    expect(mentionsIn(body, ['ロートディフェンス'])).toEqual(['ロートディフェンスは未定。']);
    expect(mentionsIn('Rote Defense、Loto、ロートの三社。', ['Loto', 'ロート'])).toHaveLength(1);
  });

  it('is treated the same by the build-wide index', () => {
    const index = mentionIndex([{ id: 'a', title: 'A', body }], companies);
    expect(index.byArticle.get('a')).toEqual(['rote', 'terote']);
    expect(index.byCompany.get('rote')?.[0]?.quotes).toEqual(['ロートディフェンスは未定。']);
  });
});
