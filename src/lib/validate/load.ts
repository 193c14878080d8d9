/**
 * The build's read path for data/<dataset>/: the same lister (listFiles), the same capped reader
 * (readCapped) and the same YAML reader (decodeRecord → parseYaml) as `npm run validate`, with
 * the same rules for links, special files, sub-folders and extensions. `readDataBundle`
 * (read-bundle.ts) calls this, so no file reaches the site that validation did not read.
 */
import { join } from 'node:path';
import { decodeRecord, MAX_FILE_BYTES } from './decode';
import { placeFile } from './place';
import { formatProblem, type Problem } from './problem';
import { listFiles, readCapped } from './read';
import { DATASETS, type Registry } from '../dataset/registry';

/** One record as the build receives it: id (file name), decoded YAML, and its project path. */
export interface LoadedRecord {
  id: string;
  data: Record<string, unknown>;
  path: string;
}

/** Thrown when a dataset folder holds a file the build must not publish; lists every problem. */
export class DataLoadError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`data files refused by the build:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DataLoadError';
    // The problems name the files; a stack trace would only bury them.
    this.stack = this.message;
  }
}

/** Returns every record of `dataset` under `root`/data/, or throws DataLoadError naming each bad file. */
export function loadDatasetRecords(
  root: string,
  dataset: string,
  registry: Registry = DATASETS,
): LoadedRecord[] {
  const problems: Problem[] = [];
  const records: LoadedRecord[] = [];
  for (const full of listFiles(join(root, 'data', dataset))) {
    const file = readCapped(root, full, MAX_FILE_BYTES + 1, true);
    const place = placeFile(file, registry);
    if (place.kind === 'misplaced') problems.push(place.problem);
    if (place.kind !== 'record') continue;
    const decoded = decodeRecord(file);
    if (!decoded.ok) problems.push(...decoded.problems);
    else records.push({ id: place.id, data: decoded.value, path: file.path });
  }
  if (problems.length > 0) throw new DataLoadError(problems);
  return records;
}
