import { join } from 'node:path';
import type { Claim } from '../lib/claims/claims';
import { loadClaims } from '../lib/claims/load';

let cached: Map<string, Claim[]> | undefined;

/** Returns every article's claims (records quoting it, with verdicts), read once per build. */
export function claimsByArticle(): Map<string, Claim[]> {
  // The dev server keeps modules alive across edits, so only a build may reuse the result.
  if (import.meta.env.DEV) cached = undefined;
  cached ??= loadClaims(join(process.cwd(), 'data'));
  return cached;
}
