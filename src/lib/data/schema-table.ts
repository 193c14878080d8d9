import type { DatasetInfo } from '../dataset/define';
import { labelOf } from '../dataset/labels';
import { formatMoney, formatMoneyExact } from '../money/format';
import { isMoney } from '../money/guard';
import { allowedKeys } from '../../schemas/schema-walk';
import type { Cell, Table } from './tables';

/** Fields every dataset shares, shown by the table furniture rather than as columns. */
const FURNITURE = new Set(['sources', 'notes', 'conflicts_with']);

type Row = { id: string } & Record<string, unknown>;

function cellOf(value: unknown, name: ((id: string) => string) | undefined): Cell {
  if (value === undefined || value === null) return { text: '—' };
  if (isMoney(value))
    return { text: formatMoney(value), exact: formatMoneyExact(value), numeric: true };
  if (Array.isArray(value))
    return { text: value.map((v) => cellOf(v, name).text).join('、') || '—' };
  if (typeof value === 'number') return { text: String(value), numeric: true };
  if (typeof value === 'string') {
    if (name) return { text: name(value), company: value };
    return { text: labelOf(value) };
  }
  if (typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string') {
    return { text: (value as { text: string }).text };
  }
  return { text: JSON.stringify(value) };
}

/** The article citations among a record's sources (a check's sources are documents, not quotes). */
function citations(sources: unknown): Table['rows'][number]['sources'] {
  if (!Array.isArray(sources)) return [];
  return sources.filter(
    (s): s is { article: string; quote: string } =>
      typeof s?.article === 'string' && typeof s?.quote === 'string',
  );
}

/**
 * Returns a table read straight off a dataset's schema, for datasets without a hand-written
 * table spec: one column per field in schema order (field names as labels), records by id,
 * amounts formatted as the articles write them, company references named with `name`.
 */
export function schemaTable(
  info: DatasetInfo,
  records: readonly Row[],
  name: (id: string) => string,
): Table {
  const keys = allowedKeys(info.schema).filter((k) => !FURNITURE.has(k));
  const companyField = (k: string) => info.refs[k]?.to === 'companies';
  return {
    columns: keys.map((label) => ({ label })),
    rows: [...records]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => ({
        id: r.id,
        cells: keys.map((k) => cellOf(r[k], companyField(k) ? name : undefined)),
        sources: citations(r.sources),
        notes: typeof r.notes === 'string' ? r.notes : undefined,
        conflicts: (r.conflicts_with as string[] | undefined) ?? [],
      })),
  };
}
