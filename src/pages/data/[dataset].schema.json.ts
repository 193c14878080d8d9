import type { APIRoute } from 'astro';
import type { DATASETS } from '../../lib/dataset/registry';
import { downloadPaths, toJsonSchema } from '../../lib/data/export';

export const getStaticPaths = () => downloadPaths();

/** /data/<dataset>.schema.json: JSON Schema of the dataset's YAML files, for editors' tooling. */
export const GET: APIRoute = ({ props }) => {
  const info = props.info as (typeof DATASETS)[number];
  return new Response(toJsonSchema(info), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
