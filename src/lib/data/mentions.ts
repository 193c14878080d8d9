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

/**
 * Returns the sentences of `mdx` that mention any of `names` (case-insensitive for Latin
 * names), at most `limit` of them, in article order.
 */
export function mentionsIn(mdx: string, names: string[], limit = 3): string[] {
  const needles = names.filter((n) => n.length >= 2).map((n) => n.toLowerCase());
  return sentences(plainText(mdx))
    .filter((s) => {
      const lower = s.toLowerCase();
      return needles.some((n) => lower.includes(n));
    })
    .slice(0, limit);
}
