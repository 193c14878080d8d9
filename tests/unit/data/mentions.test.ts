import { describe, expect, it } from 'vitest';
import { mentionsIn, plainText, sentences } from '../../../src/lib/data/mentions';

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
