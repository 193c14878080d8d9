import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { DATASETS } from '../../lib/data/datasets';
import { downloadPaths, toCsvDownload } from '../../lib/data/export';
import { readFxTable } from '../../lib/data/load';

export const getStaticPaths = downloadPaths;

/** /data/<dataset>.csv: one row per record; UTF-8 with a BOM so Excel on Japanese Windows reads it. */
export const GET: APIRoute = async ({ props }) => {
  const info = props.info as (typeof DATASETS)[number];
  const records = (await getCollection(info.collection)).map((e) => ({
    id: e.id,
    data: e.data as Record<string, unknown>,
  }));
  const body = toCsvDownload(info, records, readFxTable(process.cwd()));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
