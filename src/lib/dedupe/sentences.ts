/**
 * Sentence splitting that works for Japanese and English: a sentence ends at 。！？!? (with any
 * closing brackets or quotes after it), at a full stop followed by whitespace, or at a line break.
 * Each returned piece keeps its trailing whitespace, so joining the pieces gives the input back.
 */

const TERMINAL = new Set(['。', '！', '？', '!', '?', '．']);
const CLOSERS = new Set(['」', '』', '）', ')', ']', '"', "'", '”', '’', '】']);
const OPENERS = new Set(['「', '『', '（', '(', '【']);
const SPACE = /\s/;

/** Returns the sentences of a paragraph, each with its trailing whitespace; never splits inside 「」 or (). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n')
      depth = 0; // an unclosed bracket must not swallow the rest of the text
    else if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch) && depth > 0) depth--;
    if (depth === 0 && (TERMINAL.has(ch) || ch === '\n' || (ch === '.' && fullStop(text, i)))) {
      let end = i + 1;
      while (end < text.length && (TERMINAL.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
      while (end < text.length && SPACE.test(text[end]!)) end++;
      if (text.slice(start, end).trim() !== '') out.push(text.slice(start, end));
      start = end;
      i = end;
      continue;
    }
    i++;
  }
  if (start < text.length && text.slice(start).trim() !== '') out.push(text.slice(start));
  return out;
}

// A full stop followed by whitespace, not the last of an ellipsis.
const fullStop = (text: string, i: number) => SPACE.test(text[i + 1] ?? '') && text[i - 1] !== '.';
