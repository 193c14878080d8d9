import { describe, expect, it } from 'vitest';
import {
  groupByMonth,
  neighbours,
  relatedArticles,
  tagCounts,
  tagSlug,
  type NavArticle,
} from '../../../src/lib/nav/articles';
import { random } from '../../support/random';

const a = (
  slug: string,
  date: string | undefined,
  tags: string[],
  companies: string[],
): NavArticle => ({
  slug,
  title: slug,
  date,
  tags,
  companies,
});
// Newest first, undated last, as the article index sorts them.
const articles = [
  a('feb', '2026-02-14', ['OpenAI', 'AI投資'], ['openai', 'anthropic']),
  a('nov-2', '2025-11-02', ['AI', 'OpenAI'], ['openai', 'nvidia']),
  a('nov-1', '2025-11-01', ['AI'], ['xai']),
  a('oct', '2025-10-08', ['AI', 'NVIDIA'], ['nvidia', 'xai']),
  a('undated', undefined, [], ['anthropic']),
];

describe('groupByMonth', () => {
  it('groups by month in order with counts, undated last as 日付不明', () => {
    expect(groupByMonth(articles).map((g) => [g.key, g.label, g.articles.length])).toEqual([
      ['2026-02', '2026年2月', 1],
      ['2025-11', '2025年11月', 2],
      ['2025-10', '2025年10月', 1],
      ['undated', '日付不明', 1],
    ]);
  });
});

describe('tagCounts and tagSlug', () => {
  it('counts each tag once per article, most used first', () => {
    expect(tagCounts(articles)).toEqual([
      { tag: 'AI', count: 3 },
      { tag: 'OpenAI', count: 2 },
      { tag: 'AI投資', count: 1 },
      { tag: 'NVIDIA', count: 1 },
    ]);
  });
  it.each([
    ['AI投資', 'ai投資'],
    ['Generative AI', 'generative-ai'],
    ['R&D/研究', 'r&d-研究'],
  ])('tagSlug(%s) is %s', (tag, slug) => expect(tagSlug(tag)).toBe(slug));
});

describe('neighbours', () => {
  it('gives the newer and older article, and nothing past the ends', () => {
    expect(neighbours(articles, 'nov-2')).toMatchObject({
      newer: { slug: 'feb' },
      older: { slug: 'nov-1' },
    });
    expect(neighbours(articles, 'feb').newer).toBeUndefined();
    expect(neighbours(articles, 'undated').older).toBeUndefined();
    expect(neighbours(articles, 'missing')).toEqual({});
  });
});

describe('relatedArticles', () => {
  it('ranks shared companies above shared tags, ties newest first, and says what is shared', () => {
    const related = relatedArticles(articles, 'nov-2');
    expect(related.map((r) => r.article.slug)).toEqual(['feb', 'oct', 'nov-1']);
    expect(related[0]).toMatchObject({ companies: ['openai'], tags: ['OpenAI'] });
    expect(related[1]).toMatchObject({ companies: ['nvidia'], tags: ['AI'] });
    expect(related[2]).toMatchObject({ companies: [], tags: ['AI'] });
  });
  it('leaves out articles that share nothing', () => {
    expect(relatedArticles(articles, 'undated').map((r) => r.article.slug)).toEqual(['feb']);
  });
  it('ranks exactly as scoring every article against every other would, on random lists', () => {
    // The plain definition: score each other article, keep those sharing something, sort.
    const plain = (list: NavArticle[], slug: string) => {
      const me = list.find((x) => x.slug === slug)!;
      return list
        .filter((x) => x.slug !== slug)
        .map((x, order) => {
          const companies = x.companies.filter((c) => me.companies.includes(c));
          const tags = x.tags.filter((t) => me.tags.includes(t));
          return { x, companies, tags, order, score: companies.length * 2 + tags.length };
        })
        .filter((r) => r.score > 0)
        .sort((p, q) => q.score - p.score || p.order - q.order)
        .slice(0, 3)
        .map((r) => ({ slug: r.x.slug, companies: r.companies, tags: r.tags }));
    };
    const next = random(20261202);
    const pick = (pool: string[], most: number) =>
      Array.from(
        { length: Math.floor(next() * (most + 1)) },
        () => pool[Math.floor(next() * pool.length)]!,
      );
    for (let round = 0; round < 40; round++) {
      const list = Array.from({ length: 1 + Math.floor(next() * 30) }, (_, i) =>
        a(
          `a${i}`,
          undefined,
          pick(['AI', 'GPU', '資金調達', 'OpenAI'], 3),
          pick(['c1', 'c2', 'c3', 'c4', 'c5', 'c6'], 4),
        ),
      );
      for (const { slug } of list) {
        const got = relatedArticles(list, slug).map((r) => ({
          slug: r.article.slug,
          companies: r.companies,
          tags: r.tags,
        }));
        expect(got).toEqual(plain(list, slug));
      }
    }
  });
});
