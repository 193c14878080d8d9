import { z } from 'zod';
import { DATASETS, type DatasetInfo, type Registry } from '../dataset/registry';
import type { FxTable } from '../money/fx';
import { recordYear } from '../dataset/year';
import { isMoney } from '../money/guard';
import { allowedKeys } from '../../schemas/schema-walk';
import { columnsFor, usdOf, type ExportRecord } from './columns';
import { toCsv, type CsvCell } from './csv';

export type { ExportRecord };

/** Returns one static path per dataset for the download endpoints: `{params: {dataset}, props: {info}}`. */
export function downloadPaths(registry: Registry = DATASETS) {
  return registry.map((info) => ({ params: { dataset: info.name }, props: { info } }));
}

const byId = (records: readonly ExportRecord[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Returns the header and one row per record (sorted by id) of a dataset's CSV. */
export function toRows(
  dataset: DatasetInfo,
  records: readonly ExportRecord[],
  fx?: FxTable,
): { header: string[]; rows: CsvCell[][] } {
  const columns = columnsFor(dataset.schema, fx);
  const extra = [...new Set(records.flatMap((r) => Object.keys(r.extra?.csv ?? {})))];
  return {
    header: [...columns.map((c) => c.name), ...extra],
    rows: byId(records).map((record) => [
      ...columns.map((c) => c.cell(record)),
      ...extra.map((name) => record.extra?.csv[name] ?? ''),
    ]),
  };
}

/** Returns a dataset as a CSV download: UTF-8 with BOM, CRLF, RFC 4180 quoting. */
export function toCsvDownload(
  dataset: DatasetInfo,
  records: readonly ExportRecord[],
  fx?: FxTable,
): string {
  const { header, rows } = toRows(dataset, records, fx);
  return toCsv(header, rows);
}

function withUsd(value: unknown, fx: FxTable | undefined, year: number | undefined): unknown {
  if (isMoney(value)) return { ...value, usd: usdOf(value, fx, year) ?? null };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withUsd(v, fx, year)]));
  }
  return value;
}

/**
 * Returns a dataset as a JSON download: `{dataset, generated_from, records}`, records sorted by
 * id with fields in schema order and each amount parsed, plus its `usd` bounds and rate (or null).
 */
export function toJsonDownload(
  dataset: DatasetInfo,
  records: readonly ExportRecord[],
  fx?: FxTable,
): string {
  const keys = allowedKeys(dataset.schema);
  const out = byId(records).map(({ id, data, extra }) => {
    const year = recordYear(data);
    const fields = keys
      .filter((k) => data[k] !== undefined)
      .map((k) => [k, withUsd(data[k], fx, year)]);
    return { id, ...Object.fromEntries(fields), ...extra?.json };
  });
  const body = { dataset: dataset.name, generated_from: `data/${dataset.name}/`, records: out };
  return JSON.stringify(body, null, 2) + '\n';
}

/** Returns the JSON Schema of a dataset's YAML files (the input side of its zod schema). */
export function toJsonSchema(dataset: DatasetInfo): string {
  const schema = z.toJSONSchema(dataset.schema, { io: 'input', unrepresentable: 'any' });
  return JSON.stringify({ ...schema, title: dataset.title }, null, 2) + '\n';
}
