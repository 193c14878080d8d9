import { VERDICTS, type Check, type Verdict } from '../../schemas/checks';
import { sourceRank } from '../verdicts';

/** A check as loaded, with its id (the file name). */
export type CheckRecord = Check & { id: string };

/** Returns the checks of one record (`<dataset>/<id>`), primary checks first, by field. */
export function checksFor(checks: readonly CheckRecord[], recordKey: string): CheckRecord[] {
  return checks
    .filter((c) => c.record === recordKey || c.also?.includes(recordKey))
    .sort(
      (a, b) =>
        (a.kind === 'primary' ? 0 : 1) - (b.kind === 'primary' ? 0 : 1) ||
        a.field.localeCompare(b.field),
    );
}

/** Returns the primary check of one field of one record, or undefined when it is unchecked. */
export function checkOf(
  checks: readonly CheckRecord[],
  recordKey: string,
  field: string,
): CheckRecord | undefined {
  return checks.find((c) => c.kind === 'primary' && c.record === recordKey && c.field === field);
}

/** Returns the strongest source of a check (filing before company release before press). */
export function bestSource(check: Check): NonNullable<Check['sources']>[number] | undefined {
  const sources = check.sources ?? [];
  return [...sources].sort((a, b) => sourceRank(a.kind) - sourceRank(b.kind))[0];
}

/** Whether a check rests only on press reports (no primary source was found). */
export const secondaryOnly = (check: Check): boolean =>
  (check.sources?.length ?? 0) > 0 && check.sources!.every((s) => s.kind === 'secondary-report');

/** Returns the checks grouped by verdict in VERDICTS order, each group sorted by id; empty groups kept. */
export function byVerdict(
  checks: readonly CheckRecord[],
): { verdict: Verdict; checks: CheckRecord[] }[] {
  return VERDICTS.map((verdict) => ({
    verdict,
    checks: checks.filter((c) => c.verdict === verdict).sort((a, b) => a.id.localeCompare(b.id)),
  }));
}

/** Returns how many checks have each verdict. */
export function verdictCounts(checks: readonly Check[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const c of checks) counts[c.verdict]++;
  return counts;
}
