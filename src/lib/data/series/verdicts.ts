import type { Money } from '../../money';

/** The verdicts in words, as claim marks and chart labels write them. */
export const VERDICT_WORDS: Record<string, string> = {
  consistent: '一次資料と一致',
  contradicted: '一次資料と相違',
  partly: '一部一致',
  stale: '古い数字',
  unverified: '未確認',
};

/** Returns the glyph shown with a verdict word, so the verdict never rests on colour alone. */
export function verdictGlyph(verdict: string): string {
  return verdict === 'contradicted' ? '✕' : verdict === 'consistent' ? '✓' : '△';
}

/** A check as the verdict lookup reads it: the record key, the field checked and the verdict. */
export interface CheckedField {
  record: string;
  field: string;
  verdict: string;
  figure?: { kind: string; text: string; money?: Money } | undefined;
}

/**
 * Returns SeriesContext['verdict'] for `checks`: the verdict of a record's `amount` check, or of
 * the first field checked when the amount was not, by dataset folder and record id.
 */
export function verdictLookup(
  checks: readonly CheckedField[],
): (dataset: string, id: string) => string | undefined {
  const by = new Map<string, CheckedField>();
  for (const c of checks) {
    const had = by.get(c.record);
    if (!had || (had.field !== 'amount' && c.field === 'amount')) by.set(c.record, c);
  }
  return (dataset, id) => by.get(`${dataset}/${id}`)?.verdict;
}

/**
 * Returns SeriesContext['primary'] for `checks`: the amount a contradicted `amount` check found
 * in the primary source, by dataset folder and record id; undefined for any other verdict.
 */
export function primaryLookup(
  checks: readonly CheckedField[],
): (dataset: string, id: string) => Money | undefined {
  const by = new Map<string, Money>();
  for (const c of checks) {
    if (c.field === 'amount' && c.verdict === 'contradicted' && c.figure?.money)
      by.set(c.record, c.figure.money);
  }
  return (dataset, id) => by.get(`${dataset}/${id}`);
}
