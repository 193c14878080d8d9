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

// Article positions by shared key ("c:" company id, "t:" tag), built once per article list, so
// each page scores only the articles that share something with it instead of every article.
const sharing = new WeakMap<readonly NavArticle[], Map<string, number[]>>();

function sharingIndex(articles: readonly NavArticle[]): Map<string, number[]> {
  let index = sharing.get(articles);
  if (index) return index;
  index = new Map();
  for (const [i, a] of articles.entries()) {
    const keys = new Set([...a.companies.map((c) => `c:${c}`), ...a.tags.map((t) => `t:${t}`)]);
    for (const key of keys) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  }
  sharing.set(articles, index);
  return index;
}

/**
 * Returns up to `limit` other articles sharing companies or tags with `slug`, scored by the
 * number of shared companies (2 points each) plus shared tags (1 point each), ties newest
 * first; articles sharing nothing are left out. Each result lists what it shares. The list is
 * indexed once (by identity), so a page costs what its own companies and tags share.
 */
export function relatedArticles<A extends NavArticle>(
  articles: readonly A[],
  slug: string,
  limit = 3,
): { article: A; companies: string[]; tags: string[] }[] {
  const me = articles.find((a) => a.slug === slug);
  if (!me) return [];
  const index = sharingIndex(articles);
  const myCompanies = new Set(me.companies);
  const myTags = new Set(me.tags);
  const candidates = new Set<number>();
  for (const c of myCompanies) for (const i of index.get(`c:${c}`) ?? []) candidates.add(i);
  for (const t of myTags) for (const i of index.get(`t:${t}`) ?? []) candidates.add(i);
  return [...candidates]
    .filter((i) => articles[i]!.slug !== slug)
    .map((order) => {
      const article = articles[order]!;
      const companies = article.companies.filter((c) => myCompanies.has(c));
      const tags = article.tags.filter((t) => myTags.has(t));
      return { article, companies, tags, order, score: companies.length * 2 + tags.length };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ article, companies, tags }) => ({ article, companies, tags }));
}
