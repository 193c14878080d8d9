/**
 * The build's read path for every dataset: data/<name>/ listed and decoded by
 * `loadDatasetRecords` (the lister, capped reader and YAML reader `npm run validate` uses) and
 * parsed by the registry's schema with `checkShape`, the step that validation reports from. The
 * pages receive these records through `loadData()` in src/adapter/data.ts.
 *
 * The records do not go through Astro's content layer: it serialises every collection into one
 * JavaScript module that the bundler parses and the pages parse again (30 MB at 10k rounds, and
 * about 0.8 GB of the bundler's memory, BENCHMARKS.md). Reading the YAML here costs the same as
 * validation, about 2 s at 10k rounds.
 */
import type { DataBundle } from '../dataset/bundle';
import { byId } from '../dataset/paging';
import { DATASETS, type Registry } from '../dataset/registry';
import { DataLoadError, loadDatasetRecords } from './load';
import type { Problem } from './problem';
import type { CheckedRecord } from './record';
import { checkShape } from './shape';

/**
 * Returns every dataset of `registry` under `root`/data/ as parsed records with their ids,
 * sorted by id; throws DataLoadError naming each file that is refused or fails its schema.
 */
export function readDataBundle(root: string, registry: Registry = DATASETS): DataBundle {
  const problems: Problem[] = [];
  const bundle: Record<string, { id: string }[]> = {};
  for (const dataset of registry) {
    const records: { id: string }[] = [];
    try {
      for (const r of loadDatasetRecords(root, dataset.name, registry)) {
        const shaped = checkShape(dataset.schema, r.data, r.path);
        if (shaped.ok) records.push({ id: r.id, ...shaped.value });
        else problems.push(...shaped.problems);
      }
    } catch (error) {
      if (!(error instanceof DataLoadError)) throw error;
      problems.push(...error.problems);
    }
    bundle[dataset.collection] = records.sort(byId);
  }
  if (problems.length > 0) throw new DataLoadError(problems);
  return bundle as DataBundle;
}

/**
 * Returns the data bundle held in `validateTree`'s records of a tree without problems: the
 * build parses data/ once, in validation, and hands the pages these records (the same values
 * `readDataBundle` would read again).
 */
export function bundleOf(
  records: readonly CheckedRecord[],
  registry: Registry = DATASETS,
): DataBundle {
  const bundle: Record<string, { id: string }[]> = {};
  for (const dataset of registry) bundle[dataset.collection] = [];
  for (const r of records) {
    if (r.inTree && r.value) bundle[r.dataset.collection]?.push({ id: r.id, ...r.value });
  }
  for (const list of Object.values(bundle)) list.sort(byId);
  return bundle as DataBundle;
}
