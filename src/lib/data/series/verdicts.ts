import type { Money } from '../../money';
import type { Verdict } from '../../verdicts';
import { usdAmount, type UsdAmount } from './amount';
import type { SeriesContext } from './context';

/** A check as the verdict lookup reads it: the record key, the field checked and the verdict. */
export interface CheckedField {
  /** `internal` checks compare an article with itself; only `primary` ones (the default) count here. */
  kind?: 'primary' | 'internal';
  record: string;
  field: string;
  verdict: Verdict;
  figure?: { kind: string; text: string; money?: Money } | undefined;
}

const primaryChecks = (checks: readonly CheckedField[]) =>
  checks.filter((c) => (c.kind ?? 'primary') === 'primary');

/**
 * Returns SeriesContext['verdict'] for `checks`: the verdict of a record's `amount` check, or of
 * the first field checked when the amount was not, by dataset folder and record id. Internal
 * checks (an article against itself) are not a verdict on the figure and are left out.
 */
export function verdictLookup(
  checks: readonly CheckedField[],
): (dataset: string, id: string) => Verdict | undefined {
  const by = new Map<string, CheckedField>();
  for (const c of primaryChecks(checks)) {
    const had = by.get(c.record);
    if (!had || (had.field !== 'amount' && c.field === 'amount')) by.set(c.record, c);
  }
  return (dataset, id) => by.get(`${dataset}/${id}`)?.verdict;
}

/**
 * Returns SeriesContext['primary'] for `checks`: the amount a contradicted primary `amount`
 * check found in the primary source, by dataset folder and record id; undefined otherwise (an
 * internal check's figure is what the article implies, not a primary figure).
 */
export function primaryLookup(
  checks: readonly CheckedField[],
): (dataset: string, id: string) => Money | undefined {
  const by = new Map<string, Money>();
  for (const c of primaryChecks(checks)) {
    if (c.field === 'amount' && c.verdict === 'contradicted' && c.figure?.money)
      by.set(c.record, c.figure.money);
  }
  return (dataset, id) => by.get(`${dataset}/${id}`);
}

/** A drawn figure's fact check: its verdict, and for a contradicted amount the primary figure. */
export interface FigureCheck {
  verdict?: Verdict | undefined;
  /** For a contradicted amount, the amount the primary source gives, in USD. */
  primary?: UsdAmount | undefined;
}

/** Returns the check of record `id` in `dataset` as charts draw it (empty when unchecked). */
export function figureCheck(
  ctx: SeriesContext,
  dataset: string,
  id: string,
  year?: number,
): FigureCheck {
  return {
    verdict: ctx.verdict?.(dataset, id),
    primary: usdAmount(ctx.primary?.(dataset, id), ctx, year),
  };
}
