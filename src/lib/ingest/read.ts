import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { decodeSource } from './decode';
import { IngestError, ingestError } from './errors';
import type { IngestInput } from './ingest';
import type { ManifestEntry } from './manifest';

const SOURCE_FILE = /\.(?:txt|md)$/i;

/** Returns the source files an input names: the file itself, or a folder's .txt and .md files by name. */
async function expand(cwd: string, input: string): Promise<string[]> {
  const path = resolve(cwd, input);
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw ingestError('unreadable', input, err.code ?? err.message);
  });
  if (!info.isDirectory()) return [path];
  const files = (await readdir(path)).filter((f) => SOURCE_FILE.test(f)).sort();
  if (files.length === 0) throw ingestError('no-sources', input);
  return files.map((f) => join(path, f));
}

/** Each input's source files, or what listing it threw (not yet reported). */
export type Listing = { paths: string[] } | { err: unknown };

/** Returns each input's source files (see expand) and the size in bytes of every file found. */
export async function listSources(
  cwd: string,
  inputs: readonly string[],
): Promise<{ listed: Listing[]; sizes: number[] }> {
  const listed = await Promise.all(
    inputs.map((i) =>
      expand(cwd, i).then(
        (paths): Listing => ({ paths }),
        (err: unknown): Listing => ({ err }),
      ),
    ),
  );
  const found = listed.flatMap((l) => ('paths' in l ? l.paths : []));
  const sizes = await Promise.all(
    found.map((p) =>
      stat(p).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return { listed, sizes };
}

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
