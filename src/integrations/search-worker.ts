import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { searchableHtml } from './search-text.ts';

/*
 * One thread of the search indexer (search-index.ts). Each thread has its own Pagefind service
 * process, because one service works through its messages on one core. Node runs this file as
 * TypeScript itself (no bundler), so it imports with explicit .ts extensions.
 */

/** One shard to index and where its bundle goes, or the signal to stop the service. */
export type SearchTask =
  | { id: number; outDir: string; pages: string[]; outputPath: string; excludeSelectors: string[] }
  | { id: number; close: true };

/** What the thread posts back for a task. */
export type SearchReply = { id: number; error?: string };

/** Pages handed to Pagefind at once: enough to keep its threads busy. */
const FILES_AT_ONCE = 16;

async function indexShard(task: Exclude<SearchTask, { close: true }>): Promise<void> {
  const { index, errors } = await pagefind.createIndex({
    excludeSelectors: task.excludeSelectors,
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // A few files at a time: each is read into memory and sent to Pagefind as a message, and
  // all 2,000 pages of a shard at once were 0.9 GB of heap.
  for (let at = 0; at < task.pages.length; at += FILES_AT_ONCE) {
    const added = await Promise.all(
      task.pages.slice(at, at + FILES_AT_ONCE).map((sourcePath) =>
        index.addHTMLFile({
          sourcePath,
          content: searchableHtml(readFileSync(join(task.outDir, sourcePath), 'utf8')),
        }),
      ),
    );
    const failed = added.flatMap((a) => a.errors);
    if (failed.length > 0) throw new Error(failed.join('; '));
  }
  const written = await index.writeFiles({ outputPath: task.outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await index.deleteIndex();
}

parentPort!.on('message', (task: SearchTask) => {
  const done = 'close' in task ? pagefind.close() : indexShard(task);
  done.then(
    () => parentPort!.postMessage({ id: task.id } satisfies SearchReply),
    (e: unknown) =>
      parentPort!.postMessage({
        id: task.id,
        error: e instanceof Error ? e.message : String(e),
      } satisfies SearchReply),
  );
});
