import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Returns a content-addressed cache for rendered files under `dir` (the build's cache folder,
 * node_modules/.astro/render-cache): `get(kind, input, render)` returns the bytes cached for
 * sha256(kind + input), rendering and storing them on a miss; `peek` and `put` are its two
 * halves, for callers that render many misses at once. PNG rendering is the costliest step per
 * chart, and a rebuild after one new record changes only the few charts that show it, so a warm
 * build (or a CI run that restores the folder) re-renders only those. Entries are never stale:
 * a different input is a different key.
 */
export function renderCache(dir: string) {
  mkdirSync(dir, { recursive: true });
  let hits = 0;
  let misses = 0;
  const fileOf = (kind: string, input: string) =>
    join(dir, `${createHash('sha256').update(kind).update('\0').update(input).digest('hex')}.bin`);
  const peek = (kind: string, input: string): Buffer | undefined => {
    const file = fileOf(kind, input);
    if (!existsSync(file)) {
      misses++;
      return undefined;
    }
    hits++;
    return readFileSync(file);
  };
  const put = (kind: string, input: string, bytes: Buffer): Buffer => {
    const file = fileOf(kind, input);
    // Written beside, then renamed, so a killed build never leaves half a file in the cache.
    writeFileSync(`${file}.tmp`, bytes);
    renameSync(`${file}.tmp`, file);
    return bytes;
  };
  return {
    /** Returns the cached bytes for (kind, input), or undefined (counted as a miss). */
    peek,
    /** Stores `bytes` for (kind, input) and returns them. */
    put,
    async get(
      kind: string,
      input: string,
      render: () => Buffer | Promise<Buffer>,
    ): Promise<Buffer> {
      return peek(kind, input) ?? put(kind, input, await render());
    },
    /** Returns how many lookups were served from the cache and how many rendered. */
    stats: () => ({ hits, misses }),
  };
}
