/** A check as the verdict lookup reads it: the record key, the field checked and the verdict. */
export interface CheckedField {
  record: string;
  field: string;
  verdict: string;
  figure?: { text: string } | undefined;
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
