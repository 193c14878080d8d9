import { formatDateJa } from '../site/dates';

/** What the navigation needs to know about one article. */
export interface NavArticle {
  slug: string;
  title: string;
  date?: string | undefined;
  tags: readonly string[];
  /** Ids of the companies the article mentions. */
  companies: readonly string[];
}

/** A month of articles on /articles/: its label, anchor id and articles. */
export interface MonthGroup<A> {
  /** YYYY-MM, or 'undated'. */
  key: string;
  label: string;
  articles: A[];
}

/**
 * Groups articles already sorted newest first by the month of their date (a year-only date is
 * its own group); undated articles form the last group, labelled 日付不明.
 */
export function groupByMonth<A extends { date?: string | undefined }>(
  articles: readonly A[],
): MonthGroup<A>[] {
  const groups = new Map<string, MonthGroup<A>>();
  for (const a of articles) {
    const key = a.date ? a.date.slice(0, 7) : 'undated';
    const group = groups.get(key) ?? {
      key,
      label: key === 'undated' ? '日付不明' : formatDateJa(key),
      articles: [],
    };
    group.articles.push(a);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Returns every tag with the number of articles carrying it, most used first, then by name. */
export function tagCounts(articles: readonly NavArticle[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of articles)
    for (const t of new Set(a.tags)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'ja'));
}

/**
 * Returns the URL path segment of a tag: the tag itself, lower-cased, with spaces and slashes
 * turned into hyphens so it stays one segment (the browser percent-encodes the Japanese).
 */
export function tagSlug(tag: string): string {
  return tag
    .trim()
    .toLowerCase()
    .replace(/[\s/?#%]+/g, '-');
}

/**
 * Returns the neighbours of `slug` in a newest-first list: `newer` is the next more recent
 * article, `older` the next older one; either is undefined at the ends.
 */
export function neighbours<A extends { slug: string }>(
  articles: readonly A[],
  slug: string,
): { newer?: A | undefined; older?: A | undefined } {
  const i = articles.findIndex((a) => a.slug === slug);
  if (i < 0) return {};
  return { newer: articles[i - 1], older: articles[i + 1] };
}

/**
 * Returns up to `limit` other articles sharing companies or tags with `slug`, scored by the
 * number of shared companies (2 points each) plus shared tags (1 point each), ties newest
 * first; articles sharing nothing are left out. Each result lists what it shares.
 */
export function relatedArticles<A extends NavArticle>(
  articles: readonly A[],
  slug: string,
  limit = 3,
): { article: A; companies: string[]; tags: string[] }[] {
  const me = articles.find((a) => a.slug === slug);
  if (!me) return [];
  return articles
    .filter((a) => a.slug !== slug)
    .map((article, order) => {
      const companies = article.companies.filter((c) => me.companies.includes(c));
      const tags = article.tags.filter((t) => me.tags.includes(t));
      return { article, companies, tags, order, score: companies.length * 2 + tags.length };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ article, companies, tags }) => ({ article, companies, tags }));
}
