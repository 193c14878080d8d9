import { splitSentences } from '../dedupe/sentences';

/** Splits prose into trimmed sentences (Japanese and Western ends; never inside brackets). */
export function sentences(text: string): string[] {
  return splitSentences(text)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Strips MDX markup (headings, emphasis, components, escapes) down to plain prose. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/^\s*<[A-Z][^>]*\/>\s*$/gm, '')
    .replace(/^#+\s+/gm, '')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\{}<>*_[\]`#])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// Characters that continue a word: a name found next to one is part of a longer name.
const LATIN = /[\p{Script=Latin}\d]/u;
const KATAKANA = /[\p{Script=Katakana}ー]/u;

const joins = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  ((LATIN.test(a) && LATIN.test(b)) || (KATAKANA.test(a) && KATAKANA.test(b)));

/**
 * Returns whether `needle`, found in `text` at `at`, stands as a name of its own: the text
 * does not continue it with a letter or digit of the same kind (Latin with Latin, katakana with
 * katakana). "Rote Defense" is not named in "Terote Defense", nor ロート in ロートディフェンス.
 */
export function standsAlone(text: string, at: number, needle: string): boolean {
  const end = at + needle.length;
  return !joins(text[at - 1], needle[0]) && !joins(needle[needle.length - 1], text[end]);
}

/** Returns whether `lower` (lower-cased) names `needle` (lower-cased) anywhere on its own. */
export function names(lower: string, needle: string): boolean {
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1))
    if (standsAlone(lower, at, needle)) return true;
  return false;
}

/**
 * Returns the sentences of `mdx` that mention any of `names` (case-insensitive for Latin
 * names, and only where the name stands on its own: see standsAlone), at most `limit` of them,
 * in article order.
 */
export function mentionsIn(mdx: string, nameList: string[], limit = 3): string[] {
  const needles = nameList.filter((n) => n.length >= 2).map((n) => n.toLowerCase());
  return sentences(plainText(mdx))
    .filter((s) => {
      const lower = s.toLowerCase();
      return needles.some((n) => names(lower, n));
    })
    .slice(0, limit);
}
