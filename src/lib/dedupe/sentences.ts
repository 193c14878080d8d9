/**
 * Sentence splitting that works for Japanese and English: a sentence ends at 。！？!? (with any
 * closing brackets or quotes after it), at a full stop followed by whitespace, or at a line break.
 * Each returned piece keeps its trailing whitespace, so joining the pieces gives the input back.
 */

// Sets of UTF-16 code units: text[i] would make a string of each Japanese character.
const codes = (chars: string) => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
const TERMINAL = codes('。！？!?．');
const CLOSERS = codes('」』）)]"\'”’】');
const OPENERS = codes('「『（(【');
const NEWLINE = 10;
const DOT = 46;

// Whitespace as /\s/ has it, tested on one code unit.
const isSpace = (code: number) => code >= 0 && /\s/.test(String.fromCharCode(code));

/** Returns the sentences of a paragraph, each with its trailing whitespace; never splits inside 「」 or (). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === NEWLINE)
      depth = 0; // an unclosed bracket must not swallow the rest of the text
    else if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch) && depth > 0) depth--;
    if (depth === 0 && (TERMINAL.has(ch) || ch === NEWLINE || (ch === DOT && fullStop(text, i)))) {
      let end = i + 1;
      while (end < n && (TERMINAL.has(text.charCodeAt(end)) || CLOSERS.has(text.charCodeAt(end))))
        end++;
      while (end < n && isSpace(text.charCodeAt(end))) end++;
      if (text.slice(start, end).trim() !== '') out.push(text.slice(start, end));
      start = end;
      i = end;
      continue;
    }
    i++;
  }
  if (start < n && text.slice(start).trim() !== '') out.push(text.slice(start));
  return out;
}

// A full stop followed by whitespace, not the last of an ellipsis.
const fullStop = (text: string, i: number) =>
  i + 1 < text.length && isSpace(text.charCodeAt(i + 1)) && text.charCodeAt(i - 1) !== DOT;
