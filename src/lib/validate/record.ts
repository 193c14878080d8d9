import type { DatasetInfo } from '../dataset/registry';

/** A record file as the cross-record checks see it. */
export interface CheckedRecord {
  path: string;
  dataset: DatasetInfo;
  /** The file name without .yaml. */
  id: string;
  /** False for a file named on the command line from outside data/. */
  inTree: boolean;
  /** The decoded top-level mapping, when the file decoded. */
  raw?: Record<string, unknown>;
  /** The schema's output, when the record passed its schema. */
  value?: Record<string, unknown>;
}

/** Records by dataset name, then by id; several records under one id are duplicates. */
export type RecordIndex = Map<string, Map<string, CheckedRecord[]>>;

/** Groups records by dataset name and id, keeping file order within an id. */
export function indexRecords(records: readonly CheckedRecord[]): RecordIndex {
  const index: RecordIndex = new Map();
  for (const record of records) {
    const byId = index.get(record.dataset.name) ?? new Map<string, CheckedRecord[]>();
    index.set(record.dataset.name, byId);
    const same = byId.get(record.id);
    if (same) same.push(record);
    else byId.set(record.id, [record]);
  }
  return index;
}

/** Returns the strings in a raw value that is a string or a list, with their field paths. */
export function stringsAt(
  raw: Record<string, unknown> | undefined,
  key: string,
): [string, string][] {
  const value = raw?.[key];
  if (typeof value === 'string') return [[key, value]];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i): [string, string][] =>
    typeof item === 'string' ? [[`${key}.${i}`, item]] : [],
  );
}
