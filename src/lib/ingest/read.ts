import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { decodeSource } from './decode';
import { IngestError, ingestError } from './errors';
import type { IngestInput } from './ingest';
import type { ManifestEntry } from './manifest';

/**
 * Returns each source file read and decoded as an IngestInput (named by its path from `cwd`,
 * with its manifest entry), or the IngestError that reading it gave, in the order of `paths`.
 * Throws anything that is not an IngestError.
 */
export async function readSources(
  cwd: string,
  paths: readonly string[],
  manifest: ReadonlyMap<string, ManifestEntry>,
): Promise<(IngestInput | IngestError)[]> {
  const read: (IngestInput | IngestError)[] = [];
  for (const path of paths) {
    const file = basename(path);
    const shown = relative(cwd, path) || file;
    try {
      const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
        throw ingestError('unreadable', shown, err.code ?? err.message);
      });
      read.push({ file, path: shown, text: decodeSource(bytes, shown), entry: manifest.get(file) });
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      read.push(err);
    }
  }
  return read;
}
