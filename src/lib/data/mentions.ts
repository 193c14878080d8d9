const ENDS = new Set(['。', '！', '？', '!', '?']);
const OPEN = new Set(['「', '『', '（', '(']);
const CLOSE = new Set(['」', '』', '）', ')']);

/**
 * Splits prose into sentences at Japanese and Western sentence ends, keeping the punctuation;
 * an end inside brackets (「本当か？」と思う。) does not split.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    let depth = 0;
    let current = '';
    for (const ch of line) {
      current += ch;
      if (OPEN.has(ch)) depth++;
      else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
      else if (ENDS.has(ch) && depth === 0) {
        out.push(current);
        current = '';
      }
    }
    out.push(current);
  }
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
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
