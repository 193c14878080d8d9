import type { DatasetInfo } from './define';
import { DATASETS } from './registry';

/** Where one dataset's content collection reads its records, and the schema that parses them. */
export interface CollectionSource<S = DatasetInfo['schema']> {
  collection: string;
  /** Folder relative to the project root: `./data/<dataset name>`. */
  base: string;
  schema: S;
}

/** Returns one collection source per dataset of `registry`, in registry order. */
export function collectionSources(registry: readonly DatasetInfo[] = DATASETS): CollectionSource[] {
  return registry.map((d) => ({
    collection: d.collection,
    base: `./data/${d.name}`,
    schema: d.schema,
  }));
}
