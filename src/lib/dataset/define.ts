import type { z } from 'zod';

/**
 * What a field refers to: the records of another dataset (by folder name), an article slug, or
 * `*` for `<dataset>/<id>` naming a record of any dataset.
 */
export type RefTarget = string;

/** How one field of a record refers to other records; the validator checks every such field. */
export interface RefRule {
  /** Dataset folder name (`companies`), `articles`, or `*` for `<dataset>/<id>`. */
  to: RefTarget;
  /**
   * `id-like`: the field may also hold a plain name (an investor not in data/companies/), so only
   * values written as ids (lowercase, hyphenated) must resolve. Default `all`.
   */
  check?: 'all' | 'id-like';
  /**
   * A sibling field whose value must name a field present on the referenced record (a fact
   * check's `field` of its `record`).
   */
  field?: string;
}

/** One dataset, declared once; the collections, bundle, pages, downloads and checks derive from it. */
export interface DatasetInfo<
  N extends string = string,
  C extends string = string,
  S extends z.ZodType = z.ZodType,
> {
  /** Folder under data/, URL segment and download file name (kebab-case). */
  name: N;
  /** Content collection name and key in the data bundle (camelCase). */
  collection: C;
  schema: S;
  /** Japanese title of the data page and downloads. */
  title: string;
  /** One Japanese sentence saying what the records are. */
  description: string;
  /** True when every record is a figure citing articles; figures appear under articles and companies. */
  figures: boolean;
  /** The file-name rule when it is not a plain slug (checks: `<dataset>--<record>--<field>`). */
  idPattern?: RegExp;
  /** Fields naming other records, in the order a record names them; keys are schema fields. */
  refs: Readonly<Record<string, RefRule | undefined>>;
}

/** Returns a dataset declaration unchanged, inferring its literal name, collection and schema. */
export function defineDataset<
  const N extends string,
  const C extends string,
  S extends z.ZodType,
  const F extends boolean,
>(info: DatasetInfo<N, C, S> & { figures: F }): DatasetInfo<N, C, S> & { figures: F } {
  return info;
}

/** Returns the fields of `info` that refer to dataset `target`, in declaration order. */
export function refFields(info: DatasetInfo, target: RefTarget): string[] {
  return Object.entries(info.refs as Record<string, RefRule | undefined>)
    .filter(([, rule]) => rule?.to === target)
    .map(([field]) => field);
}
