import type { DataBundle, FigureCollection } from './bundle';
import { FIGURE_DATASETS } from './bundle';
import { bundleIndex } from './build-index';
import { refFields } from './define';

/** Any figure record, tagged with the collection it belongs to. */
export interface TaggedRecord {
  collection: FigureCollection;
  record: DataBundle[FigureCollection][number];
}

/** Returns every figure record, tagged with its collection, in registry then id order. */
export function figureRecords(bundle: DataBundle): TaggedRecord[] {
  return FIGURE_DATASETS.flatMap(({ collection }) =>
    bundle[collection].map((record) => ({ collection, record })),
  );
}

/** Returns every figure record with at least one source citing `slug`, in dataset order. */
export function recordsCitingArticle(bundle: DataBundle, slug: string): TaggedRecord[] {
  // Read off the per-build index: one pass over the bundle, not one per article page.
  return [...(bundleIndex(bundle).byArticle.get(slug) ?? [])];
}

const COMPANY_FIELDS = new Map(
  FIGURE_DATASETS.map((d) => [d.collection, refFields(d, 'companies')]),
);

/** Returns the company ids a figure record involves, in the order its registry refs name them. */
export function companiesOf(tagged: TaggedRecord): string[] {
  const r = tagged.record as Record<string, unknown>;
  const ids: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string') ids.push(v);
    else if (Array.isArray(v)) v.forEach(add);
  };
  for (const field of COMPANY_FIELDS.get(tagged.collection) ?? []) add(r[field]);
  return [...new Set(ids)];
}

/** Returns every figure record that involves company `id`. */
export function recordsForCompany(bundle: DataBundle, id: string): TaggedRecord[] {
  // Read off the per-build index: one pass over the bundle, not one per company page.
  return [...(bundleIndex(bundle).byCompany.get(id) ?? [])];
}

/** Returns a company lookup by id. */
export function companyIndex<T extends { id: string }>(companies: readonly T[]): Map<string, T> {
  let index = companyIndexes.get(companies) as Map<string, T> | undefined;
  if (!index) companyIndexes.set(companies, (index = new Map(companies.map((c) => [c.id, c]))));
  return index;
}

const companyIndexes = new WeakMap<readonly object[], Map<string, unknown>>();

/** Returns the one company-name lookup: name_ja, else name; ids it does not know (plain names) unchanged. */
export function nameLookup(
  companies: readonly { id: string; name: string; name_ja?: string | undefined }[],
): (idOrName: string) => string {
  // Memoised per companies array: pages call this once each, with the build's one array.
  let lookup = lookups.get(companies);
  if (lookup) return lookup;
  const names = new Map(companies.map((c) => [c.id, c.name_ja ?? c.name]));
  lookup = (id) => names.get(id) ?? id;
  lookups.set(companies, lookup);
  return lookup;
}

const lookups = new WeakMap<readonly object[], (idOrName: string) => string>();
