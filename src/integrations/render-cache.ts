import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Returns a content-addressed cache for rendered files under `dir` (the build's cache folder,
 * node_modules/.astro/render-cache): `get(kind, input, render)` returns the bytes cached for
 * sha256(kind + input), rendering and storing them on a miss. PNG rendering is the costliest
 * step per chart, and a rebuild after one new record changes only the few charts that show it,
 * so a warm build (or a CI run that restores the folder) re-renders only those. Entries are
 * never stale: a different input is a different key.
 */
export function renderCache(dir: string) {
  mkdirSync(dir, { recursive: true });
  let hits = 0;
  let misses = 0;
  return {
    async get(
      kind: string,
      input: string,
      render: () => Buffer | Promise<Buffer>,
    ): Promise<Buffer> {
      const key = createHash('sha256').update(kind).update('\0').update(input).digest('hex');
      const file = join(dir, `${key}.bin`);
      if (existsSync(file)) {
        hits++;
        return readFileSync(file);
      }
      misses++;
      const bytes = await render();
      // Written beside, then renamed, so a killed build never leaves half a file in the cache.
      writeFileSync(`${file}.tmp`, bytes);
      renameSync(`${file}.tmp`, file);
      return bytes;
    },
    /** Returns how many lookups were served from the cache and how many rendered. */
    stats: () => ({ hits, misses }),
  };
}
