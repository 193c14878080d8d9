import { splitSentences } from '../dedupe/sentences';

/** Excerpts are cut to at most this many characters. */
export const EXCERPT_LENGTH = 120;

/**
 * Returns the leading whole sentences of a paragraph that fit in `max` characters, as plain
 * text; when even the first sentence is longer, it is cut and ends with "…".
 */
export function makeExcerpt(paragraph: string, max = EXCERPT_LENGTH): string {
  const plain = paragraph
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*{1,3}|_{2,3}|`+)/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  let out = '';
  for (const sentence of splitSentences(plain)) {
    if (Array.from(out + sentence).length > max) break;
    out += sentence;
  }
  if (out.trim() !== '') return out.trim();
  return `${Array.from(plain)
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
