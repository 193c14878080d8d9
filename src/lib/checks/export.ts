import { bestSource, checksFor, type CheckRecord } from './select';

/** A check as a download carries it next to the record it checks. */
export interface CheckExport {
  id: string;
  field: string;
  verdict: string;
  claim: { figure: string; period: string };
  figure: string | null;
  period: string | null;
  source: { publisher: string; title: string | null; url: string; kind: string } | null;
  note: string;
  checked: string;
}

/** Returns the download form of a check: its verdict, both figures, the strongest source, the note. */
export function checkExport(check: CheckRecord): CheckExport {
  const source = bestSource(check);
  return {
    id: check.id,
    field: check.field,
    verdict: check.verdict,
    claim: check.claim,
    figure: check.figure?.text ?? null,
    period: check.period ?? null,
    source: source
      ? {
          publisher: source.publisher,
          title: source.title ?? null,
          url: source.url,
          kind: source.kind,
        }
      : null,
    note: check.note,
    checked: check.checked,
  };
}

/** CSV columns a figure dataset gains from its checks; several checks per record join with " | ". */
export const CHECK_COLUMNS = [
  'check_fields',
  'check_verdicts',
  'check_source_figures',
  'check_source_periods',
  'check_source_urls',
  'check_notes',
] as const;

/** Returns the CSV cells of CHECK_COLUMNS for one record's checks (empty strings when unchecked). */
export function checkCsvCells(checks: readonly CheckExport[]): string[] {
  const join = (read: (c: CheckExport) => string | null | undefined) =>
    checks.map((c) => read(c) ?? '').join(' | ');
  return [
    join((c) => c.field),
    join((c) => c.verdict),
    join((c) => c.figure),
    join((c) => c.period),
    join((c) => c.source?.url),
    join((c) => c.note),
  ];
}

/** Returns what a record's download rows gain from its primary checks: CHECK_COLUMNS and `checks`. */
export function checkExtra(
  checks: readonly CheckRecord[],
  recordKey: string,
): { csv: Record<string, string>; json: { checks: CheckExport[] } } {
  const exports = checksFor(checks, recordKey)
    .filter((c) => c.kind === 'primary')
    .map(checkExport);
  const cells = checkCsvCells(exports);
  return {
    csv: Object.fromEntries(CHECK_COLUMNS.map((name, i) => [name, cells[i] ?? ''])),
    json: { checks: exports },
  };
}
