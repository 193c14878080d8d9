import { downloadRoute } from '../../adapter/downloads';
import { downloadPaths, toJsonDownload } from '../../lib/data/export';

export const getStaticPaths = () => downloadPaths();

/** /data/<dataset>.json: every record sorted by id, amounts parsed and converted to USD. */
export const GET = downloadRoute(toJsonDownload, 'application/json; charset=utf-8');
