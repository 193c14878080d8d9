import { downloadRoute } from '../../adapter/downloads';
import { downloadPaths, toCsvDownload } from '../../lib/data/export';

export const getStaticPaths = () => downloadPaths();

/** /data/<dataset>.csv: one row per record; UTF-8 with a BOM so Excel on Japanese Windows reads it. */
export const GET = downloadRoute(toCsvDownload, 'text/csv; charset=utf-8');
