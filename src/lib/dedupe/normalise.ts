/**
 * Comparison keys for de-duplication. Two texts that differ only in width (full/half),
 * whitespace, case or markdown decoration get the same key.
 */

const HEADING_MARK = /^\s{0,3}#{1,6}\s*/gm;
const LIST_MARK = /^\s*(?:[-*+・]|\d+[.)])\s+/gm;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const EMPHASIS = /(\*{1,3}|_{1,3}|~~|`+)/g;
const WHITESPACE = /\s+/gu;

/** Returns the comparison key of a text: NFKC, lower case, markdown marks and all whitespace removed. */
export function normaliseKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(HEADING_MARK, '')
    .replace(LIST_MARK, '')
    .replace(LINK, '$1')
    .replace(EMPHASIS, '')
    .replace(WHITESPACE, '')
    .toLowerCase();
}

/** Returns the length of a text's comparison key, the measure the length thresholds use. */
export function keyLength(text: string): number {
  return normaliseKey(text).length;
}
