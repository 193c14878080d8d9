/**
 * Which sentences of an article the records quote, and what each mark says: the record it
 * links to, the dataset's title and, when a fact check exists, its verdict and primary figure.
 */
import { verdictGlyph } from '../verdicts';
import { normaliseText } from '../validate/normalise';
import { containsWhole } from '../validate/quotes';

/** One record's citation of one sentence, as the mark after that sentence shows it. */
export interface Claim {
  /** Dataset folder (funding-rounds) and record id: the mark links to /data/<dataset>/#<id>. */
  dataset: string;
  id: string;
  /** The quote in the validator's normal form. */
  quote: string;
  /** Title of the dataset's page (資金調達). */
  datasetTitle: string;
  verdict?: ClaimVerdict | undefined;
}

/** A fact check's finding as a mark shows it. */
export interface ClaimVerdict {
  verdict: string;
  /** The verdict in words (一次資料と相違). */
  word: string;
  /** The figure the primary source gives, when the check found one. */
  primary?: string | undefined;
}

/** A record as the claim index reads it: its key and its sources. */
export interface CitingRecord {
  dataset: string;
  datasetTitle: string;
  id: string;
  sources: readonly { article: string; quote: string }[];
}

/**
 * Returns every article's claims, keyed by slug: one per source of each record (a record quoting
 * two sentences of one article marks both), with the verdict `verdictOf` gives for the record.
 */
export function articleClaims(
  records: readonly CitingRecord[],
  verdictOf: (dataset: string, id: string) => ClaimVerdict | undefined,
): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const r of records) {
    const verdict = verdictOf(r.dataset, r.id);
    for (const s of r.sources) {
      const quote = normaliseText(s.quote);
      if (quote === '') continue;
      const list = out.get(s.article) ?? [];
      list.push({ dataset: r.dataset, id: r.id, quote, datasetTitle: r.datasetTitle, verdict });
      out.set(s.article, list);
    }
  }
  return out;
}

/** Returns the mark's hover text: the record, and the verdict with the primary figure. */
export function claimTitle(c: Claim): string {
  const v = c.verdict;
  const check = v ? `。照合結果: ${v.word}${v.primary ? `(一次資料では${v.primary})` : ''}` : '';
  return `記録: ${c.datasetTitle}「${c.id}」${check}`;
}

/** Returns the mark's visible text: 記録, or the verdict word with a glyph that is not colour. */
export function claimText(c: Claim): string {
  const v = c.verdict;
  if (!v) return '[記録]';
  return `[${verdictGlyph(v.verdict)}${v.word}]`;
}

/**
 * Returns the claims whose quote lies in `text` (an article's title, which the page renders
 * outside the MDX body), compared as the validator compares.
 */
export function claimsIn(text: string, claims: readonly Claim[]): Claim[] {
  const t = normaliseText(text);
  return claims.filter((c) => containsWhole(t, c.quote));
}
