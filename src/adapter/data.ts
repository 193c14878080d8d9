import { getCollection } from 'astro:content';
import type { DataBundle } from '../lib/dataset/bundle';
import { DATASETS, type CollectionName } from '../lib/dataset/registry';
import { byId } from '../lib/dataset/paging';

let cached: Promise<DataBundle> | undefined;

async function records(collection: CollectionName): Promise<{ id: string }[]> {
  // The content layer has already parsed each entry with the registry's schema.
  const entries: { id: string; data: unknown }[] = await getCollection(collection);
  return entries.map((e) => ({ id: e.id, ...(e.data as object) })).sort(byId);
}

/** Returns every registered dataset's records with their ids, sorted by id; loaded once per build. */
export function loadData(): Promise<DataBundle> {
  // The dev server keeps modules alive across edits, so only a build may reuse the result.
  if (import.meta.env.DEV) cached = undefined;
  cached ??= Promise.all(
    DATASETS.map(async (d) => [d.collection, await records(d.collection)] as const),
  ).then((entries) => Object.fromEntries(entries) as DataBundle);
  return cached;
}
