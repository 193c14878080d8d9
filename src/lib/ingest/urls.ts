/**
 * Link destinations from sources. A destination is decoded the way the MDX parser decodes it
 * (backslash escapes, character references) and the way a browser reads it (controls and
 * whitespace ignored, scheme in any case), so `jav&#x61;script:` or ` JaVa\tScript:` is seen
 * for what it is. Only http and https destinations stay links.
 */

// Named references a URL may use; any other name makes the destination unreadable, so not a link.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  sol: '/',
  lpar: '(',
  rpar: ')',
  period: '.',
  num: '#',
  quest: '?',
  equals: '=',
  percnt: '%',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
};
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/g;
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const IGNORED = /[\u0000-\u0020\u007f-\u009f\u00a0\u2000-\u200f\u2028-\u202f\u2060-\u206f\ufeff]/g;
const HTTP = /^https?:\/\/[^/?#]/i;

function codePoint(n: number): string | undefined {
  if (n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
  return String.fromCodePoint(n);
}

/** Returns the destination as the parser reads it, or undefined when a reference cannot be decoded. */
export function decodeDestination(raw: string): string | undefined {
  let unknown = false;
  const unescaped = raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const decoded = unescaped.replace(REFERENCE, (_, dec?: string, hex?: string, name?: string) => {
    const ch = dec
      ? codePoint(Number(dec))
      : hex
        ? codePoint(parseInt(hex, 16))
        : NAMED[name!.toLowerCase()];
    if (ch === undefined) unknown = true;
    return ch ?? '';
  });
  return unknown ? undefined : decoded;
}

/**
 * Returns the http(s) URL a destination stands for, without the characters a browser ignores,
 * or undefined when it is anything else (another scheme, relative, undecodable).
 */
export function safeHttpUrl(raw: string): string | undefined {
  const decoded = decodeDestination(raw);
  if (decoded === undefined) return undefined;
  const url = decoded.replace(IGNORED, '');
  return HTTP.test(url) ? url : undefined;
}

/** Returns a URL written so the parser reads it back unchanged: MDX-significant characters escaped. */
export function writeDestination(url: string): string {
  return url
    .replace(/[<>{}"`|^\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/[()&]/g, (c) => `\\${c}`);
}
