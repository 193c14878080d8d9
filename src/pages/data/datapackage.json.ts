import type { APIRoute } from 'astro';
import { DATASETS } from '../../lib/dataset/registry';
import { dataPackage } from '../../lib/seo/datapackage';
import { absoluteIn } from '../../lib/seo/site';

/** /data/datapackage.json: a Frictionless Data Package over every dataset's CSV. */
export const GET: APIRoute = ({ site }) => {
  const body = dataPackage(DATASETS, absoluteIn(site, import.meta.env.BASE_URL)(''));
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
