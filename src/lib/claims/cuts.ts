import { containsWhole } from '../validate/quotes';
import { normaliseText } from '../validate/normalise';
import type { Claim } from './claims';

/** Where in a text node a claim's mark goes: the character offset just after the quote. */
export interface Cut {
  at: number;
  claim: Claim;
}

/**
 * Returns, for each claim whose quote occurs in `raw` (compared as the validator compares,
 * normalised and with whole numbers only), the offset in `raw` just after the quote ends, in
 * text order; claims not in `raw` are left out.
 */
export function claimCuts(raw: string, claims: readonly Claim[]): Cut[] {
  const whole = normaliseText(raw);
  const cuts: Cut[] = [];
  for (const claim of claims) {
    if (!containsWhole(whole, claim.quote)) continue;
    // The shortest prefix of the raw text whose normal form holds the quote ends with it. No
    // prefix shorter than the shortest one that merely contains the quote can hold it whole,
    // so the scan starts there (found by halving); scanning from the first character
    // normalised every prefix, quadratic per claim. Should normalising ever make containing
    // non-monotone, the full scan still finds the cut.
    const at =
      cutFrom(raw, claim.quote, shortestContaining(raw, claim.quote)) ??
      cutFrom(raw, claim.quote, 1);
    if (at !== undefined) cuts.push({ at, claim });
  }
  return cuts.sort((a, b) => a.at - b.at || a.claim.id.localeCompare(b.claim.id));
}

/** Returns the first prefix length from `from` on whose normal form holds `quote` whole. */
function cutFrom(raw: string, quote: string, from: number): number | undefined {
  for (let at = from; at <= raw.length; at++) {
    if (/[0-9０-９]/.test(raw[at] ?? '') && /[0-9]$/.test(quote)) continue;
    if (containsWhole(normaliseText(raw.slice(0, at)), quote)) return at;
  }
  return undefined;
}

/**
 * Returns the length of the shortest prefix of `raw` whose normal form contains `quote` (which
 * the whole of `raw` does, normalised). Normalising a longer prefix never loses what a shorter
 * one held, so the search halves the range each step.
 */
function shortestContaining(raw: string, quote: string): number {
  let low = 1;
  let high = raw.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (normaliseText(raw.slice(0, mid)).includes(quote)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Returns `raw` split at the cuts: text pieces with the claims between them, in order. */
export function splitAtCuts(raw: string, cuts: readonly Cut[]): (string | Claim)[] {
  const out: (string | Claim)[] = [];
  let from = 0;
  for (const c of cuts) {
    if (c.at > from) out.push(raw.slice(from, c.at));
    out.push(c.claim);
    from = c.at;
  }
  if (from < raw.length) out.push(raw.slice(from));
  return out;
}
