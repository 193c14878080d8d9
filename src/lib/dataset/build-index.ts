/**
 * Per-build indexes over a DataBundle: each collection is walked once and pages read their
 * slice, so no page scans every record. Indexes are memoised on the bundle object itself (a
 * WeakMap), so every caller holding the build's one bundle shares them and a new bundle (the
 * dev server, a test) gets fresh ones.
 */
import type { DataBundle } from './bundle';
import { companiesOf, figureRecords, type TaggedRecord } from './joins';

/** The indexes one bundle gets: figure records by company id and by citing article slug. */
export interface BundleIndex {
  byCompany: Map<string, TaggedRecord[]>;
  byArticle: Map<string, TaggedRecord[]>;
}

const memo = new WeakMap<DataBundle, BundleIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Returns the bundle's indexes, built on first use in one pass over its figure records. */
export function bundleIndex(bundle: DataBundle): BundleIndex {
  let index = memo.get(bundle);
  if (index) return index;
  index = { byCompany: new Map(), byArticle: new Map() };
  for (const tagged of figureRecords(bundle)) {
    for (const id of companiesOf(tagged)) push(index.byCompany, id, tagged);
    const slugs = new Set(tagged.record.sources.map((s) => s.article));
    for (const slug of slugs) if (slug) push(index.byArticle, slug, tagged);
  }
  memo.set(bundle, index);
  return index;
}

const byKeyMemo = new WeakMap<readonly object[], Map<string, Map<string, unknown[]>>>();

/**
 * Returns `records` grouped by the string value(s) of `field` (arrays count under each
 * element), memoised per array and field, in the array's order within each group.
 */
export function groupedBy<T extends object>(
  records: readonly T[],
  field: string,
): Map<string, T[]> {
  let fields = byKeyMemo.get(records);
  if (!fields) byKeyMemo.set(records, (fields = new Map()));
  let groups = fields.get(field) as Map<string, T[]> | undefined;
  if (groups) return groups;
  groups = new Map();
  for (const r of records) {
    const v = (r as Record<string, unknown>)[field];
    const keys = Array.isArray(v) ? v : [v];
    for (const k of new Set(keys)) if (typeof k === 'string') push(groups, k, r);
  }
  fields.set(field, groups as Map<string, unknown[]>);
  return groups;
}
