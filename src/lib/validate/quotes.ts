import { QuoteNotFound, UnknownArticle } from './errors';
import { normaliseText } from './normalise';
import { problem, type Problem } from './problem';
import type { CheckedRecord } from './record';
import { closest } from './suggest';

/** Articles by slug, normalised once for quote search. */
export type ArticleTexts = Map<string, string>;

/** Normalises every article's text for quote search. */
export function prepareArticles(articles: ReadonlyMap<string, string>): ArticleTexts {
  return new Map([...articles].map(([slug, text]) => [slug, normaliseText(text)]));
}

/** Returns the longest prefix of `quote` found in `article` (both normalised). */
export function matchedPrefix(quote: string, article: string): string {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (article.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return quote.slice(0, low);
}

const TAIL = 20;

/** Checks that every cited article exists and that each quote appears in its article. */
export function checkQuotes(record: CheckedRecord, articles: ArticleTexts): Problem[] {
  const sources = record.raw?.sources;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((source: unknown, i): Problem[] => {
    if (typeof source !== 'object' || source === null) return [];
    const { article: slug, quote } = source as { article?: unknown; quote?: unknown };
    if (typeof slug !== 'string') return [];
    const text = articles.get(slug);
    if (text === undefined) {
      const params = { slug, suggestion: closest(slug, articles.keys()) };
      return [problem(UnknownArticle, record.path, `sources.${i}.article`, params)];
    }
    if (typeof quote !== 'string') return [];
    const wanted = normaliseText(quote);
    if (wanted === '' || text.includes(wanted)) return [];
    const prefix = matchedPrefix(wanted, text);
    // A prefix of a few characters matches by chance; only a real partial match helps the editor.
    const matched = prefix.length >= 4 ? prefix.slice(-TAIL) : undefined;
    return [problem(QuoteNotFound, record.path, `sources.${i}.quote`, { slug, matched })];
  });
}
