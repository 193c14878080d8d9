import { getCollection } from 'astro:content';
import type { DataBundle } from '../data/bundle';

let cached: Promise<DataBundle> | undefined;

/** Returns every dataset's records with their ids, sorted by id; loaded once per build. */
export function loadData(): Promise<DataBundle> {
  cached ??= (async () => {
    const load = async <K extends keyof DataBundle>(name: K) =>
      (await getCollection(name))
        .map((e) => ({ id: e.id, ...e.data }))
        .sort((a, b) => a.id.localeCompare(b.id)) as DataBundle[K];
    const [companies, fundingRounds, deals, capex, revenues, marketSizes, gpuClusters, shares] =
      await Promise.all([
        load('companies'),
        load('fundingRounds'),
        load('deals'),
        load('capex'),
        load('revenues'),
        load('marketSizes'),
        load('gpuClusters'),
        load('shares'),
      ]);
    return { companies, fundingRounds, deals, capex, revenues, marketSizes, gpuClusters, shares };
  })();
  return cached;
}
