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
    // The shortest prefix of the raw text whose normal form holds the quote ends with it.
    for (let at = 1; at <= raw.length; at++) {
      if (/[0-9０-９]/.test(raw[at] ?? '') && /[0-9]$/.test(claim.quote)) continue;
      if (containsWhole(normaliseText(raw.slice(0, at)), claim.quote)) {
        cuts.push({ at, claim });
        break;
      }
    }
  }
  return cuts.sort((a, b) => a.at - b.at || a.claim.id.localeCompare(b.claim.id));
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
