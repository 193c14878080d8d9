import { parse } from 'yaml';
import { QuoteNotFound, UnknownArticle } from './errors';
import { normaliseText } from './normalise';
import { readPlainYaml } from './yaml-plain';
import { problem, type Problem } from './problem';
import type { CheckedRecord } from './record';
import { closest } from './suggest';

/** Articles by slug: the body's paragraphs, each normalised once for quote search. */
export type ArticleTexts = Map<string, string[]>;

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

/** Returns the title and excerpt of an article's frontmatter: the only frontmatter a reader sees. */
function shownFrontmatter(mdx: string): string[] {
  const head = FRONTMATTER.exec(mdx)?.[1];
  if (head === undefined) return [];
  try {
    const data: unknown = readPlainYaml(head) ?? parse(head);
    if (typeof data !== 'object' || data === null) return [];
    const { title, excerpt } = data as { title?: unknown; excerpt?: unknown };
    return [title, excerpt].filter((v): v is string => typeof v === 'string');
  } catch {
    return [];
  }
}

/**
 * Returns the paragraphs of an article a reader sees: the title and the excerpt (each its own
 * paragraph, no other frontmatter), then the body with import/export lines and chart components
 * (with their props) removed, split at blank lines and around headings, so a quote can only
 * match prose within one paragraph.
 */
export function bodyParagraphs(mdx: string): string[] {
  const body = mdx
    .replace(FRONTMATTER, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<([A-Z][\w.]*)\b[^>]*?\/>/g, '\n\n')
    .replace(/<([A-Z][\w.]*)\b[\s\S]*?<\/\1\s*>/g, '\n\n')
    .replace(/^[ \t]*#{1,6}[ \t].*$/gm, '\n\n$&\n\n');
  return [...shownFrontmatter(mdx), ...body.split(/\r?\n[ \t]*\r?\n/)]
    .map(normaliseText)
    .filter((p) => p !== '');
}

/** Normalises every article's body into paragraphs for quote search. */
export function prepareArticles(articles: ReadonlyMap<string, string>): ArticleTexts {
  return new Map([...articles].map(([slug, text]) => [slug, bodyParagraphs(text)]));
}

const DIGIT = /[0-9０-９.,]/;

/**
 * True when `quote` occurs in `paragraph` with a number at either end of the quote being the
 * whole number in the text: "50億ドル" does not match inside "150億ドル", nor "15" inside "150".
 */
export function containsWhole(paragraph: string, quote: string): boolean {
  const startsWithDigit = /^[0-9]/.test(quote);
  const endsWithDigit = /[0-9]$/.test(quote);
  for (let at = paragraph.indexOf(quote); at !== -1; at = paragraph.indexOf(quote, at + 1)) {
    const before = paragraph[at - 1] ?? '';
    const after = paragraph[at + quote.length] ?? '';
    const headOk = !startsWithDigit || !/[0-9]/.test(before);
    const tailOk =
      !endsWithDigit || !DIGIT.test(after) || !/[0-9]/.test(paragraph[at + quote.length + 1] ?? '');
    if (headOk && tailOk) return true;
  }
  return false;
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

// An article's paragraphs as one text, so a quote is searched once, not once per paragraph.
// A quote holds no line break, so it cannot match across the line breaks joining paragraphs,
// and a line break is no digit, so containsWhole judges a match at a paragraph's edge alike.
const joined = new WeakMap<readonly string[], string | undefined>();
function joinedText(paragraphs: readonly string[]): string | undefined {
  if (!joined.has(paragraphs)) {
    const whole = paragraphs.some((p) => p.includes('\n')) ? undefined : paragraphs.join('\n');
    joined.set(paragraphs, whole);
  }
  return joined.get(paragraphs);
}

function quoted(paragraphs: readonly string[], wanted: string): boolean {
  const whole = wanted.includes('\n') ? undefined : joinedText(paragraphs);
  return whole === undefined
    ? paragraphs.some((p) => containsWhole(p, wanted))
    : containsWhole(whole, wanted);
}

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
    if (wanted === '' || quoted(text, wanted)) return [];
    const prefix = text.reduce((best, p) => {
      const found = matchedPrefix(wanted, p);
      return found.length > best.length ? found : best;
    }, '');
    // A prefix of a few characters matches by chance; only a real partial match helps the editor.
    const matched = prefix.length >= 4 ? prefix.slice(-TAIL) : undefined;
    return [problem(QuoteNotFound, record.path, `sources.${i}.quote`, { slug, matched })];
  });
}
