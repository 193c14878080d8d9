import { loadData } from './data';
import { DATASETS } from '../lib/dataset/registry';
import { recordPath } from '../lib/dataset/paging';

let cached: Promise<(dataset: string, id: string) => string> | undefined;

/**
 * Returns the build's record permalink function: dataset folder name and record id to the
 * site-relative path of the table page holding it, plus #id.
 */
export function recordPermalinks(): Promise<(dataset: string, id: string) => string> {
  if (import.meta.env.DEV) cached = undefined;
  cached ??= loadData().then((data) => {
    const records = new Map(DATASETS.map((d) => [d.name as string, data[d.collection]]));
    return (dataset, id) => recordPath(dataset, records.get(dataset) ?? [], id);
  });
  return cached;
}
