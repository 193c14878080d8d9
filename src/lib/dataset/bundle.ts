import type { z } from 'zod';
import { DATASETS, type CollectionName, type Dataset } from './registry';

/** A record with its id (the file name without .yaml). */
export type WithId<T> = T & { id: string };

/** The registered dataset whose collection is `C`. */
export type DatasetOf<C extends CollectionName> = Extract<Dataset, { collection: C }>;

/** A record of collection `C` as the schema parses it, with its id. */
export type RecordOf<C extends CollectionName> = WithId<z.output<DatasetOf<C>['schema']>>;

/** Every dataset's records, keyed by collection name; derived from the registry. */
export type DataBundle = { [C in CollectionName]: RecordOf<C>[] };

/** Collection names of the datasets whose records are figures citing articles. */
export type FigureCollection = Extract<Dataset, { figures: true }>['collection'];

/** A figure dataset of the registry. */
export type FigureDataset = DatasetOf<FigureCollection>;

/** Returns whether a registered dataset holds figures citing articles. */
export const isFigure = (d: Dataset): d is FigureDataset => d.figures;

/** The figure datasets, in the order pages list them. */
export const FIGURE_DATASETS: readonly FigureDataset[] = DATASETS.filter(isFigure);

/** The collections holding figures, in the order pages list them. */
export const FIGURE_COLLECTIONS: readonly FigureCollection[] = FIGURE_DATASETS.map(
  (d) => d.collection,
);
