import { normaliseKey } from './normalise';
import { sentenceKey, type SentenceKey } from './similarity';
import { splitSentences } from './sentences';
import type { Block } from './types';

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** The comparable pieces of a paragraph (its sentences) or of a list (its items). */
export interface Units {
  raw: string[];
  keys: SentenceKey[];
}

/** Returns the items of a markdown list, each with its continuation lines. */
function listItems(text: string): string[] {
  const items: string[] = [];
  for (const line of text.split('\n')) {
    const last = items.length - 1;
    if (LIST_ITEM.test(line) || last < 0) items.push(line);
    else items[last] += `\n${line}`;
  }
  return items;
}

/** Returns the sentences of a paragraph or the items of a list, with their comparison keys. */
export function unitsOf(block: Block): Units {
  const raw = block.kind === 'list' ? listItems(block.text) : splitSentences(block.text);
  return { raw, keys: raw.map((r) => sentenceKey(normaliseKey(r))) };
}

/**
 * Returns the text of a block rebuilt from its units: list items one per line; sentences
 * run on, with a space added only where two Latin-script sentences would otherwise touch.
 */
export function joinUnits(kind: Block['kind'], raw: string[]): string {
  if (kind === 'list') return raw.map((r) => r.trimEnd()).join('\n');
  let out = '';
  for (const piece of raw) {
    if (out !== '' && !/\s$/.test(out) && /[\x21-\x7e]$/.test(out) && /^[\x21-\x7e]/.test(piece)) {
      out += ' ';
    }
    out += piece;
  }
  return out.trimEnd();
}
