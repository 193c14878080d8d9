import type { z } from 'zod';
import { toUsd, type FxTable } from '../money/fx';
import type { Money } from '../money/types';
import { MoneySchema } from '../../schemas/common';
import { allowedKeys, childSchema, strip } from '../../schemas/schema-walk';
import { recordYear } from '../dataset/year';
import { isMoney } from '../money/guard';
import type { CsvCell } from './csv';

/** A record as exported: its id and the schema's parsed output. */
export interface ExportRecord {
  id: string;
  data: Record<string, unknown>;
  /**
   * CSV columns and JSON fields a layer above adds to the record (its fact checks), in order;
   * a dataset where any record has them gets the columns on every row.
   */
  extra?: { csv: Record<string, string>; json: Record<string, unknown> };
}

/** One CSV column: its header and how to read its cell from a record. */
export interface Column {
  name: string;
  cell: (record: ExportRecord) => CsvCell;
}

/** Separator for list fields (investors, companies). */
export const LIST_SEPARATOR = '; ';
/** Separator for source articles and quotes, which may themselves contain semicolons. */
export const SOURCE_SEPARATOR = ' | ';

/** Returns the amount in US dollars (whole dollars) with the rate used, or undefined. */
export function usdOf(m: Money, fx: FxTable | undefined, year?: number) {
  const usd = toUsd(m, fx, year);
  if (!usd) return undefined;
  const round = (n: number | null) => (n === null ? null : Math.round(n));
  return { min: round(usd.min), max: round(usd.max), rate: usd.rate };
}

const isMoneySchema = (schema: z.ZodType) => strip(schema) === strip(MoneySchema);

function scalar(value: unknown): CsvCell {
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  if (value === null || value === undefined) return undefined;
  return typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
}

function moneyColumns(prefix: string, read: (r: ExportRecord) => unknown, fx?: FxTable): Column[] {
  const money = (r: ExportRecord) => {
    const value = read(r);
    return isMoney(value) ? value : undefined;
  };
  const usd = (r: ExportRecord) => {
    const m = money(r);
    return m && usdOf(m, fx, recordYear(r.data));
  };
  return [
    { name: `${prefix}_text`, cell: (r) => money(r)?.text },
    { name: `${prefix}_currency`, cell: (r) => money(r)?.currency },
    { name: `${prefix}_min`, cell: (r) => money(r)?.min },
    { name: `${prefix}_max`, cell: (r) => money(r)?.max },
    { name: `${prefix}_qualifier`, cell: (r) => money(r)?.qualifier },
    { name: `${prefix}_usd_min`, cell: (r) => usd(r)?.min },
    { name: `${prefix}_usd_max`, cell: (r) => usd(r)?.max },
    { name: `${prefix}_usd_rate`, cell: (r) => usd(r)?.rate },
  ];
}

const field = (r: ExportRecord, ...path: string[]): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], r.data);

/**
 * Returns the CSV columns of a dataset, in schema order: `id`, then one column per field,
 * eight per money field (text, currency, min, max, qualifier, usd_min, usd_max, usd_rate),
 * nested objects flattened as `<field>_<key>`, and `source_articles` / `source_quotes`.
 */
export function columnsFor(schema: z.ZodType, fx?: FxTable): Column[] {
  const columns: Column[] = [{ name: 'id', cell: (r) => r.id }];
  for (const key of allowedKeys(schema)) {
    const child = childSchema(schema, key)!;
    const type = strip(child)._zod.def.type;
    if (key === 'sources') {
      const sources = (r: ExportRecord) =>
        (field(r, key) ?? []) as { article: string; quote: string }[];
      columns.push(
        {
          name: 'source_articles',
          cell: (r) =>
            sources(r)
              .map((s) => s.article)
              .join(SOURCE_SEPARATOR),
        },
        {
          name: 'source_quotes',
          cell: (r) =>
            sources(r)
              .map((s) => s.quote)
              .join(SOURCE_SEPARATOR),
        },
      );
    } else if (isMoneySchema(child)) {
      columns.push(...moneyColumns(key, (r) => field(r, key), fx));
    } else if (type === 'object' || type === 'record') {
      for (const sub of allowedKeys(child)) {
        const inner = childSchema(child, sub)!;
        const name = `${key}_${sub}`;
        if (isMoneySchema(inner))
          columns.push(...moneyColumns(name, (r) => field(r, key, sub), fx));
        else columns.push({ name, cell: (r) => scalar(field(r, key, sub)) });
      }
    } else {
      columns.push({ name: key, cell: (r) => scalar(field(r, key)) });
    }
  }
  return columns;
}
