import type { DataBundle, FigureCollection, WithId } from './bundle';
import { FIGURE_COLLECTIONS } from './bundle';

/** Any figure record, tagged with the collection it belongs to. */
export interface TaggedRecord {
  collection: FigureCollection;
  record: DataBundle[FigureCollection][number];
}

/** Returns every figure record with at least one source citing `slug`, in dataset order. */
export function recordsCitingArticle(bundle: DataBundle, slug: string): TaggedRecord[] {
  return FIGURE_COLLECTIONS.flatMap((collection) =>
    (bundle[collection] as DataBundle[FigureCollection][number][])
      .filter((r) => r.sources.some((s) => s.article === slug))
      .map((record) => ({ collection, record })),
  );
}

/** Returns the company ids a figure record involves, in the order its fields name them. */
export function companiesOf(tagged: TaggedRecord): string[] {
  const r = tagged.record as Record<string, unknown>;
  const ids: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string') ids.push(v);
    else if (Array.isArray(v)) v.forEach(add);
  };
  ['company', 'companies', 'from', 'to', 'investors', 'lead_investors'].forEach((k) => add(r[k]));
  return [...new Set(ids)];
}

/** Returns every figure record that involves company `id`. */
export function recordsForCompany(bundle: DataBundle, id: string): TaggedRecord[] {
  return FIGURE_COLLECTIONS.flatMap((collection) =>
    (bundle[collection] as DataBundle[FigureCollection][number][]).map((record) => ({
      collection,
      record,
    })),
  ).filter((t) => companiesOf(t).includes(id));
}

/** Returns a company lookup by id. */
export function companyIndex<T extends { id: string }>(companies: T[]): Map<string, T> {
  return new Map(companies.map((c) => [c.id, c]));
}

/** Returns the display name of a company id, or the text itself when it is a plain name. */
export function companyName(
  index: Map<string, WithId<{ name: string; name_ja?: string | undefined }>>,
  idOrName: string,
): string {
  const c = index.get(idOrName);
  return c ? (c.name_ja ?? c.name) : idOrName;
}
