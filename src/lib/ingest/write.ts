import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parse } from 'yaml';
import { ingestError } from './errors';
import type { Planned } from './main';

/** Returns the `source` an existing article names in its frontmatter, or undefined. */
function sourceOf(mdx: string): string | undefined {
  const fence = /^---\n([\s\S]*?)\n---/.exec(mdx);
  try {
    const data = fence ? (parse(fence[1] ?? '') as { source?: unknown }) : undefined;
    return typeof data?.source === 'string' ? data.source : undefined;
  } catch {
    return undefined;
  }
}

/** A planned article with whether its bytes change and the temporary file it is written through. */
export interface Write extends Planned {
  changed: boolean;
  temp: string;
}

/**
 * Writes every changed article to a temporary file next to it, then renames them all into
 * place; on any failure the temporary files are removed, existing articles are left as they
 * were, and IngestError 'write-failed' names the file. Refuses ('slug-taken') to replace an
 * article that another source wrote.
 */
export async function writeAll(cwd: string, planned: Planned[]): Promise<Write[]> {
  const writes: Write[] = [];
  for (const p of planned) {
    const current = await readFile(p.target, 'utf8').catch(() => undefined);
    const owner = current === undefined ? undefined : sourceOf(current);
    if (owner !== undefined && owner !== p.result.frontmatter.source) {
      throw ingestError('slug-taken', relative(cwd, p.target), owner);
    }
    writes.push({
      ...p,
      changed: current !== p.result.mdx,
      temp: `${p.target}.${process.pid}.tmp`,
    });
  }
  const changed = writes.filter((w) => w.changed);
  const temps: string[] = [];
  // Articles already renamed into place, with the backup of the file each replaced (if any).
  const placed: { target: string; backup?: string }[] = [];
  let failed: Write | undefined;
  try {
    for (const w of changed) {
      failed = w;
      await writeFile(w.temp, w.result.mdx, 'utf8');
      temps.push(w.temp);
    }
    for (const w of changed) {
      failed = w;
      const backup = existsSync(w.target) ? `${w.target}.${process.pid}.bak` : undefined;
      if (backup) await rename(w.target, backup);
      placed.push({ target: w.target, ...(backup ? { backup } : {}) });
      await rename(w.temp, w.target);
    }
  } catch (err) {
    for (const { target, backup } of placed.reverse()) {
      await (backup ? rename(backup, target) : rm(target, { force: true })).catch(() => {});
    }
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw ingestError('write-failed', relative(cwd, failed!.target), code);
  }
  await Promise.all(placed.map((p) => (p.backup ? rm(p.backup, { force: true }) : undefined)));
  return writes;
}
