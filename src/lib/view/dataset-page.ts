import { isFigure } from '../dataset/bundle';
import type { DatasetInfo } from '../dataset/define';
import { DATASETS, type Dataset, type Registry } from '../dataset/registry';
import { schemaTable } from '../data/schema-table';
import { tableOf, type Table } from '../data/tables';

/** Returns one static path per dataset of `registry` for /data/<name>/: `{params, props: {info}}`. */
export function datasetPaths<R extends Registry = typeof DATASETS>(
  registry: R = DATASETS as unknown as R,
) {
  return registry.map((info) => ({
    params: { dataset: info.name },
    props: { info: info as R[number] },
  }));
}

/** What a dataset's page shows: its records as a table, or the company list for companies. */
export interface DatasetPage {
  info: DatasetInfo;
  count: number;
  /** The records as a table; undefined for companies, which the page lists with links. */
  table?: Table;
  /** Site-relative download paths: CSV, JSON and JSON Schema. */
  downloads: { csv: string; json: string; schema: string };
}

const registered = (info: DatasetInfo): info is Dataset => DATASETS.includes(info as Dataset);

/**
 * Returns the view model of /data/<name>/: a figure dataset in the registry gets its
 * hand-written table, any other dataset except companies a table read off its schema.
 */
export function datasetPage(
  info: DatasetInfo,
  records: readonly ({ id: string } & Record<string, unknown>)[],
  name: (id: string) => string,
): DatasetPage {
  const downloads = {
    csv: `data/${info.name}.csv`,
    json: `data/${info.name}.json`,
    schema: `data/${info.name}.schema.json`,
  };
  const count = records.length;
  if (info.name === 'companies') return { info, count, downloads };
  const table =
    registered(info) && isFigure(info)
      ? tableOf(info.collection, records as Parameters<typeof tableOf>[1], name)
      : schemaTable(info, records, name);
  return { info, count, table, downloads };
}
