import type { DataBundle, FigureCollection } from './bundle';
import { FIGURE_DATASETS } from './bundle';
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
  return figureRecords(bundle).filter((t) => t.record.sources.some((s) => s.article === slug));
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
  return figureRecords(bundle).filter((t) => companiesOf(t).includes(id));
}

/** Returns a company lookup by id. */
export function companyIndex<T extends { id: string }>(companies: readonly T[]): Map<string, T> {
  return new Map(companies.map((c) => [c.id, c]));
}

/** Returns the one company-name lookup: name_ja, else name; ids it does not know (plain names) unchanged. */
export function nameLookup(
  companies: readonly { id: string; name: string; name_ja?: string | undefined }[],
): (idOrName: string) => string {
  const names = new Map(companies.map((c) => [c.id, c.name_ja ?? c.name]));
  return (id) => names.get(id) ?? id;
}
