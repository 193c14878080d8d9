import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { DATASETS } from '../../lib/data/datasets';
import { downloadPaths, toJsonDownload } from '../../lib/data/export';
import { readFxTable } from '../../lib/data/load';

export const getStaticPaths = downloadPaths;

/** /data/<dataset>.json: every record sorted by id, amounts parsed and converted to USD. */
export const GET: APIRoute = async ({ props }) => {
  const info = props.info as (typeof DATASETS)[number];
  const records = (await getCollection(info.collection)).map((e) => ({
    id: e.id,
    data: e.data as Record<string, unknown>,
  }));
  const body = toJsonDownload(info, records, readFxTable(process.cwd()));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
