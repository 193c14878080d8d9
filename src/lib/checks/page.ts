import { recordPath as permalinkOf } from '../dataset/paging';
import type { Verdict } from '../../schemas/checks';
import type { DataBundle } from '../dataset/bundle';
import { DATASETS, datasetNamed } from '../dataset/registry';
import { formatMoney, formatMoneyExact } from '../money/format';
import { isMoney } from '../money/guard';
import { fieldLabel, SOURCE_KIND_LABELS, VERDICT_LABELS, VERDICT_MEANINGS } from '../verdicts';
import { byVerdict, secondaryOnly, type CheckRecord } from './select';

/** A passage of an article the check concerns (the record's citation or the compared passage). */
export interface Passage {
  article: string;
  quote: string;
}

/** One check as /checks/ shows it. */
export interface CheckItem {
  check: CheckRecord;
  /** `<dataset title>: <record id>`, the field in Japanese. */
  recordLabel: string;
  fieldLabel: string;
  /** Site-relative path of the record's row in its data table. */
  recordPath: string;
  /** Other records the check concerns, with their paths. */
  also: { key: string; path: string }[];
  /** The sources with their kind in Japanese. */
  sources: (NonNullable<CheckRecord['sources']>[number] & { kindLabel: string })[];
  /** True when no primary source was found and press reports stand in. */
  secondaryOnly: boolean;
  passages: Passage[];
}

/** Two records of one dataset reporting different figures for the same quantity. */
export interface ConflictItem {
  dataset: string;
  datasetTitle: string;
  records: { id: string; path: string; figure: string; exact?: string; sources: Passage[] }[];
  note?: string;
}

/** Site-relative path of a record's row: the table page of its dataset holding it, and #id. */
export function recordPath(bundle: DataBundle, key: string): string {
  const [dataset = '', id = ''] = key.split('/', 2);
  const info = datasetNamed(dataset);
  const rows = info ? (bundle[info.collection as keyof DataBundle] as readonly Row[]) : [];
  return permalinkOf(dataset, rows, id);
}

type Row = { id: string; sources?: Passage[]; notes?: string; conflicts_with?: string[] } & Record<
  string,
  unknown
>;

function recordOf(bundle: DataBundle, key: string): Row | undefined {
  const [dataset = '', id = ''] = key.split('/', 2);
  const info = datasetNamed(dataset);
  const rows = info ? (bundle[info.collection as keyof DataBundle] as readonly Row[]) : [];
  return rows.find((r) => r.id === id);
}

/** Returns a check with everything /checks/ prints about it, joined with the record it checks. */
export function checkItem(check: CheckRecord, bundle: DataBundle): CheckItem {
  const [dataset = ''] = check.record.split('/', 1);
  const record = recordOf(bundle, check.record);
  const passages =
    check.kind === 'internal' && check.article && check.passage
      ? [{ article: check.article, quote: check.passage }]
      : (record?.sources ?? []);
  return {
    check,
    recordLabel: `${datasetNamed(dataset)?.title ?? dataset}: ${check.record.split('/')[1]}`,
    fieldLabel: fieldLabel(check.field),
    recordPath: recordPath(bundle, check.record),
    also: (check.also ?? []).map((key) => ({ key, path: recordPath(bundle, key) })),
    sources: (check.sources ?? []).map((s) => ({ ...s, kindLabel: SOURCE_KIND_LABELS[s.kind] })),
    secondaryOnly: secondaryOnly(check),
    passages,
  };
}

/** Returns the conflicts between articles recorded as `conflicts_with`, each pair once. */
export function conflictItems(bundle: DataBundle): ConflictItem[] {
  const items: ConflictItem[] = [];
  for (const [collection, rows] of Object.entries(bundle) as [string, Row[]][]) {
    for (const row of rows) {
      for (const other of row.conflicts_with ?? []) {
        if (other < row.id) continue;
        const pair = [row, rows.find((r) => r.id === other)].filter((r): r is Row => !!r);
        const info = [...new Set(pair)].length === 2 ? datasetOfCollection(collection) : undefined;
        if (!info) continue;
        items.push({
          dataset: info.name,
          datasetTitle: info.title,
          records: pair.map((r) => {
            const amount = r.amount;
            return {
              id: r.id,
              path: permalinkOf(info.name, rows, r.id),
              figure: isMoney(amount) ? formatMoney(amount) : '—',
              ...(isMoney(amount) && { exact: formatMoneyExact(amount) }),
              sources: r.sources ?? [],
            };
          }),
          ...(row.notes && { note: row.notes }),
        });
      }
    }
  }
  return items;
}

function datasetOfCollection(collection: string) {
  return DATASETS.find((d) => d.collection === collection && d.figures);
}

/** One verdict's section of /checks/. */
export interface VerdictGroup {
  verdict: Verdict;
  label: string;
  meaning: string;
  items: CheckItem[];
}

/** Returns /checks/'s sections: every check grouped by verdict (VERDICTS order), empty groups dropped. */
export function checksPage(checks: readonly CheckRecord[], bundle: DataBundle): VerdictGroup[] {
  return byVerdict(checks)
    .filter((g) => g.checks.length > 0)
    .map((g) => ({
      verdict: g.verdict,
      label: VERDICT_LABELS[g.verdict],
      meaning: VERDICT_MEANINGS[g.verdict],
      items: g.checks.map((c) => checkItem(c, bundle)),
    }));
}
