import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { DatasetInfo } from '../data/datasets';
import { readFxTable } from '../data/load';
import type { FxTable } from '../money/fx';

type Records = { id: string; data: Record<string, unknown> }[];

/**
 * Returns the GET handler of a download route (`props.info` is the dataset): it loads the
 * dataset's records and the FX table once per file and serves `render`'s text as `contentType`.
 */
export function downloadRoute(
  render: (info: DatasetInfo, records: Records, fx: FxTable) => string,
  contentType: string,
): APIRoute {
  return async ({ props }) => {
    const info = props.info as DatasetInfo;
    const records = (await getCollection(info.collection as never)).map(
      (e: { id: string; data: unknown }) => ({ id: e.id, data: e.data as Record<string, unknown> }),
    );
    const body = render(info, records, readFxTable(process.cwd()));
    return new Response(body, { headers: { 'Content-Type': contentType } });
  };
}
