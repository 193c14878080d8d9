/**
 * Which articles name which companies, found in one pass per article instead of one pass per
 * (company, article) pair. Same rule as mentionsIn(): a sentence of the article's plain text
 * mentions a company when it contains, case-insensitively, one of its names of two or more
 * characters standing on its own (standsAlone). Each sentence is scanned once; candidate names are looked up by their first two
 * UTF-16 code units, so the cost grows with the text, not with text × companies.
 */
import { plainText, sentences, standsAlone } from './mentions';

/** The names a company goes by, as the company record lists them. */
export interface MentionCompany {
  id: string;
  name: string;
  name_ja?: string | undefined;
  aliases?: readonly string[] | undefined;
}

/** An article as the index reads it: slug, title and MDX body. */
export interface MentionArticle {
  id: string;
  title: string;
  body: string;
}

/** The mentions of a build: per company its articles with quotes, per article its companies. */
export interface MentionIndex {
  /** Company id → articles (in input order) naming it, with up to `limit` sentences each. */
  byCompany: Map<string, { id: string; title: string; quotes: string[] }[]>;
  /** Article id → ids of the companies it names, in the order of the companies list. */
  byArticle: Map<string, string[]>;
}

const memo = new WeakMap<readonly object[], WeakMap<readonly object[], MentionIndex>>();

const pair = (s: string, i: number) => s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);

/**
 * Returns the mention index of `articles` over `companies` with at most `limit` quotes per
 * article and company; memoised per pair of arrays, so one build computes it once.
 */
export function mentionIndex(
  articles: readonly MentionArticle[],
  companies: readonly MentionCompany[],
  limit = 3,
): MentionIndex {
  let inner = memo.get(articles);
  if (!inner) memo.set(articles, (inner = new WeakMap()));
  const hit = limit === 3 ? inner.get(companies) : undefined;
  if (hit) return hit;
  const candidates = new Map<number, { needle: string; company: number }[]>();
  companies.forEach((c, company) => {
    const names = [c.name, c.name_ja, ...(c.aliases ?? [])].filter((n): n is string => !!n);
    for (const needle of new Set(names.filter((n) => n.length >= 2).map((n) => n.toLowerCase()))) {
      const key = pair(needle, 0);
      const list = candidates.get(key);
      if (list) list.push({ needle, company });
      else candidates.set(key, [{ needle, company }]);
    }
  });
  const index: MentionIndex = { byCompany: new Map(), byArticle: new Map() };
  for (const article of articles) {
    const quotes = new Map<number, string[]>();
    for (const sentence of sentences(plainText(article.body))) {
      const lower = sentence.toLowerCase();
      const found = new Set<number>();
      for (let i = 0; i + 1 < lower.length; i++) {
        for (const c of candidates.get(pair(lower, i)) ?? []) {
          if (
            !found.has(c.company) &&
            lower.startsWith(c.needle, i) &&
            standsAlone(lower, i, c.needle)
          )
            found.add(c.company);
        }
      }
      for (const company of found) {
        const list = quotes.get(company) ?? [];
        if (list.length < limit) list.push(sentence);
        quotes.set(company, list);
      }
    }
    const named = [...quotes.keys()].sort((a, b) => a - b);
    index.byArticle.set(
      article.id,
      named.map((i) => companies[i]!.id),
    );
    for (const i of named) {
      const id = companies[i]!.id;
      const list = index.byCompany.get(id) ?? [];
      list.push({ id: article.id, title: article.title, quotes: quotes.get(i)! });
      index.byCompany.set(id, list);
    }
  }
  if (limit === 3) inner.set(companies, index);
  return index;
}
