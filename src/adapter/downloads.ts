import type { APIRoute } from 'astro';
import type { ExportRecord } from '../lib/data/export';
import type { DatasetInfo } from '../lib/dataset/define';
import type { DataBundle } from '../lib/dataset/bundle';
import type { FxTable } from '../lib/money/fx';
import { checkExtra } from '../lib/checks/export';
import type { CheckRecord } from '../lib/checks/select';
import { loadData } from './data';
import { fxTable } from './fx';

/** Returns a dataset's records from the bundle as the exporters take them: `{id, data}`. */
function exportRecords(bundle: DataBundle, info: DatasetInfo): ExportRecord[] {
  const records = bundle[info.collection as keyof DataBundle] as readonly { id: string }[];
  const checks = bundle.checks as CheckRecord[];
  return records.map(({ id, ...data }) => ({
    id,
    data,
    // Figure records carry their primary checks, so downloads show each verdict beside the figure.
    ...(info.figures && { extra: checkExtra(checks, `${info.name}/${id}`) }),
  }));
}

/**
 * Returns the GET handler of a download route (`props.info` is the dataset): it takes the
 * dataset's records from the build's bundle and serves `render`'s text as `contentType`.
 */
export function downloadRoute(
  render: (info: DatasetInfo, records: ExportRecord[], fx: FxTable) => string,
  contentType: string,
): APIRoute {
  return async ({ props }) => {
    const info = props.info as DatasetInfo;
    const body = render(info, exportRecords(await loadData(), info), fxTable());
    return new Response(body, { headers: { 'Content-Type': contentType } });
  };
}
