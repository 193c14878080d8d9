import { describe, expect, it } from 'vitest';
import { mentionIndex } from '../../../src/lib/data/mention-index';
import { mentionsIn } from '../../../src/lib/data/mentions';
import { companiesMentioned } from '../../../src/lib/nav/companies';

const companies = [
  { id: 'softbank', name: 'SoftBank Group', name_ja: 'ソフトバンクグループ' },
  { id: 'anthropic', name: 'Anthropic', aliases: ['某大規模言語モデル企業'] },
  { id: 'xai', name: 'xAI' },
  { id: 'open', name: 'OpenAI' },
  { id: 'a', name: 'A' },
];
const articles = [
  {
    id: 'one',
    title: '一',
    body: '# 見出し\n\nANTHROPICが調達した。ソフトバンクグループも出資した。xAIは未定。Anthropicは再び。Anthropicは三度。Anthropicは四度。',
  },
  { id: 'two', title: '二', body: 'openaiとxaiが話した。Aは一文字なので数えない。' },
  { id: 'three', title: '三', body: '誰の名前もない文。' },
];

describe('mentionIndex', () => {
  it('gives each company the same quotes as mentionsIn, article by article', () => {
    const index = mentionIndex(articles, companies);
    for (const c of companies) {
      const names = [c.name, c.name_ja, ...(c.aliases ?? [])].filter((n): n is string => !!n);
      const expected = articles
        .map((a) => ({ id: a.id, title: a.title, quotes: mentionsIn(a.body, names) }))
        .filter((a) => a.quotes.length > 0);
      expect(index.byCompany.get(c.id) ?? []).toEqual(expected);
    }
  });

  it('lists the companies of each article as companiesMentioned does, in company order', () => {
    const index = mentionIndex(articles, companies);
    for (const a of articles) {
      expect(index.byArticle.get(a.id)).toEqual(companiesMentioned(a.body, companies));
    }
    expect(index.byArticle.get('two')).toEqual(['xai', 'open']);
  });

  it('keeps at most three quotes per article and company', () => {
    expect(mentionIndex(articles, companies).byCompany.get('anthropic')?.[0]?.quotes).toHaveLength(
      3,
    );
  });

  it('computes once per pair of arrays', () => {
    expect(mentionIndex(articles, companies)).toBe(mentionIndex(articles, companies));
    expect(mentionIndex([...articles], companies)).not.toBe(mentionIndex(articles, companies));
  });
});
