/**
 * Inline Markdown of a source block: text, links and images. One pass with precomputed bracket
 * pairs, so the cost is linear in the text. Only links to http(s) survive as links; images
 * and other links become their text (see docs/ingest.md).
 */
import { safeHttpUrl } from './urls';

/** A piece of a block's inline text. `at` is the offset in the block where the piece starts. */
export type InlineToken =
  | { kind: 'text'; text: string; at: number }
  | { kind: 'link'; label: string; url: string; at: number }
  | { kind: 'unlinked'; label: string; destination: string; at: number }
  | { kind: 'image'; alt: string; destination: string; at: number };

/** Destinations and titles longer than this are not read as links (keeps every scan bounded). */
const MAX_DESTINATION = 2048;

/** Returns, for each `[`, the index of its matching `]` (innermost pairs first), or -1. */
function bracketPairs(text: string): Int32Array {
  const pairs = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) open.push(i);
    else if (c === 0x5d && open.length > 0) pairs[open.pop()!] = i;
    else if (c === 0x0a && i + 1 < text.length && text.charCodeAt(i + 1) === 0x0a) open.length = 0;
  }
  return pairs;
}

/** Returns the destination of `(dest "title")` starting at text[from] === '(' and the index after ')'. */
function destinationAt(
  text: string,
  from: number,
): { destination: string; end: number } | undefined {
  const limit = Math.min(text.length, from + 1 + MAX_DESTINATION);
  let i = from + 1;
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  let destination: string;
  if (text[i] === '<') {
    const close = text.indexOf('>', i);
    if (close < 0 || close >= limit || text.slice(i, close).includes('\n')) return undefined;
    destination = text.slice(i + 1, close);
    i = close + 1;
  } else {
    const start = i;
    let depth = 0;
    for (; i < limit; i++) {
      const c = text[i]!;
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) break;
      else if (/\s/.test(c)) break;
    }
    destination = text.slice(start, i);
  }
  while (i < limit && /\s/.test(text[i]!)) i++;
  const quote = text[i];
  if (quote === '"' || quote === "'" || quote === '(') {
    const close = text.indexOf(quote === '(' ? ')' : quote, i + 1);
    if (close < 0 || close >= limit) return undefined;
    i = close + 1;
    while (i < limit && /\s/.test(text[i]!)) i++;
  }
  return text[i] === ')' ? { destination, end: i + 1 } : undefined;
}

/** Returns the inline tokens of a block's text; joining their text in order covers the whole input. */
export function scanInline(text: string): InlineToken[] {
  const pairs = bracketPairs(text);
  const tokens: InlineToken[] = [];
  let plain = 0;
  const flush = (to: number) => {
    if (to > plain) tokens.push({ kind: 'text', text: text.slice(plain, to), at: plain });
  };
  let i = text.indexOf('[');
  while (i >= 0) {
    const close = pairs[i]!;
    const dest = close >= 0 && text[close + 1] === '(' ? destinationAt(text, close + 1) : undefined;
    if (!dest) {
      i = text.indexOf('[', i + 1);
      continue;
    }
    const image = i > 0 && text[i - 1] === '!' && i - 1 >= plain;
    const at = image ? i - 1 : i;
    flush(at);
    const label = text.slice(i + 1, close);
    if (image) tokens.push({ kind: 'image', alt: label, destination: dest.destination, at });
    else {
      const url = safeHttpUrl(dest.destination);
      tokens.push(
        url
          ? { kind: 'link', label, url, at }
          : { kind: 'unlinked', label, destination: dest.destination, at },
      );
    }
    plain = dest.end;
    i = text.indexOf('[', plain);
  }
  flush(text.length);
  return tokens;
}
