import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SEARCH_FOLDERS } from '../lib/nav/page-type';
import type { SearchReply, SearchTask } from './search-worker';

/** Where the search page finds the bundles merged into the first one (see searchIndex). */
export const SHARDS_FILE = 'shards.json';

/**
 * What a page costs Pagefind while it builds an index, relative to a company page. Pagefind
 * holds a whole index in memory until it is written: at 10k rounds about 2.8 MB for an
 * article page (22,000 characters of text) and 0.29 MB for a company page, measured as the
 * peak RSS of the pagefind process over 200 articles and over 2,530 company pages.
 */
const WEIGHT: Partial<Record<string, number>> = { articles: 10 };

/**
 * The weight one index may hold: 200 articles or 2,000 company pages, under 0.6 GB of the
 * pagefind process. One index of the whole 10k site peaked at 2.1 GB, the largest process of
 * the build. `ATLAS_SEARCH_SHARD_BUDGET` lowers it, so the test build merges several bundles.
 */
const BUDGET = 2000;

/**
 * Splits the pages to index (paths relative to the site, sorted) into shards of at most
 * `budget` weight, in order, so that no index Pagefind builds grows with the site. A small site
 * is one shard; a page heavier than the budget gets a shard of its own.
 */
export function searchShards(pages: readonly string[], budget = BUDGET): string[][] {
  const shards: string[][] = [];
  let current: string[] = [];
  let weight = 0;
  for (const page of pages) {
    const w = WEIGHT[page.split('/')[0]!] ?? 1;
    if (current.length && weight + w > budget) {
      shards.push(current);
      current = [];
      weight = 0;
    }
    current.push(page);
    weight += w;
  }
  if (current.length) shards.push(current);
  return shards;
}

/** Returns the HTML files under the search folders of `outDir`, relative to it, sorted. */
function pagesToIndex(outDir: string): string[] {
  const pages: string[] = [];
  for (const folder of SEARCH_FOLDERS) {
    let files: string[];
    try {
      files = readdirSync(join(outDir, folder), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const f of files) if (f.endsWith('.html')) pages.push(`${folder}/${f}`);
  }
  // Code-point order, not the locale's: the same site gives the same shards on any machine.
  return pages.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Selectors Pagefind leaves out of every page (search-text.ts drops the same elements first). */
const EXCLUDE_SELECTORS = [
  'svg',
  // Record tables (company and data pages) and the charts a company page draws.
  '.table-scroll',
  '[data-pagefind-filter="type:企業"] figure.chart',
];

/** Threads indexing shards at once, each with its own Pagefind service (one core each). */
const THREADS = 2;

/**
 * Indexes `shards` of `outDir` on up to THREADS worker threads (search-worker.ts), writing shard
 * i to `names[i]`. Resolves once every shard is written and every thread's Pagefind service has
 * stopped; rejects with the first failure, after stopping them all the same.
 */
async function indexShards(outDir: string, shards: string[][], names: string[]): Promise<void> {
  const size = Math.min(THREADS, availableParallelism(), shards.length);
  const workers = Array.from(
    { length: size },
    () => new Worker(new URL('./search-worker.ts', import.meta.url)),
  );
  let nextId = 0;
  const ask = (worker: Worker, task: DistributiveOmit<SearchTask, 'id'>) =>
    new Promise<void>((resolve, reject) => {
      const id = nextId++;
      const settle = (err?: Error) => {
        worker.off('message', onMessage);
        worker.off('error', settle);
        worker.off('exit', onExit);
        if (err) reject(err);
        else resolve();
      };
      const onMessage = (reply: SearchReply) => {
        if (reply.id === id)
          settle(reply.error ? new Error(`search index: ${reply.error}`) : undefined);
      };
      // A thread that died answers nothing: its task fails instead of waiting forever.
      const onExit = (code: number) => settle(new Error(`search worker exited (${code})`));
      worker.on('message', onMessage);
      worker.on('error', settle);
      worker.on('exit', onExit);
      worker.postMessage({ ...task, id });
    });
  let next = 0;
  let failed = false;
  // Each thread takes the next shard when it has written its last one.
  const run = async (worker: Worker) => {
    while (!failed && next < shards.length) {
      const i = next++;
      try {
        await ask(worker, {
          outDir,
          pages: shards[i]!,
          outputPath: join(outDir, names[i]!),
          excludeSelectors: EXCLUDE_SELECTORS,
        });
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  const results = await Promise.allSettled(workers.map(run));
  await Promise.allSettled(workers.map((w) => ask(w, { close: true })));
  await Promise.all(workers.map((w) => w.terminate()));
  const rejected = results.find((r) => r.status === 'rejected');
  if (rejected) throw rejected.reason;
}

/** Omit over each member of a union, so each keeps its own fields. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Astro integration that builds the Pagefind search index over the finished site, once
 * `astro build` has written every page. Only elements marked data-pagefind-body are indexed
 * (BaseLayout marks articles, companies, data pages and the methodology), and only the folders
 * holding them are read. Record tables and a company page's charts are left out: a row repeats
 * a record whose quote is indexed where it stands in its article, and at 10k rounds they were
 * half the index and half the indexing time. Charts in articles stay: their titles, summaries
 * and tables are words a reader searches for (tables and charts out everywhere lost
 * 「データセンター」 from every article excerpt). Pages declare lang="ja", so Pagefind segments
 * the Japanese into words.
 *
 * A large site is indexed in shards (searchShards), two at a time on worker threads (one
 * Pagefind service works on one core): the first is written to <outDir>/pagefind/, the others to
 * <outDir>/pagefind-2/, -3/…, and pagefind/shards.json lists them for the search page, which
 * merges them into the first (src/client/search.ts).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const budget = Number(process.env.ATLAS_SEARCH_SHARD_BUDGET) || BUDGET;
        const shards = searchShards(pagesToIndex(outDir), budget);
        const names = shards.map((_, i) => (i === 0 ? 'pagefind' : `pagefind-${i + 1}`));
        await indexShards(outDir, shards, names);
        const count = shards.reduce((n, shard) => n + shard.length, 0);
        if (shards.length > 0)
          writeFileSync(
            join(outDir, 'pagefind', SHARDS_FILE),
            JSON.stringify({ bundles: names.slice(1).map((name) => `../${name}/`) }),
          );
        logger.info(
          `${count} pages indexed for search${shards.length > 1 ? ` in ${shards.length} bundles` : ''}`,
        );
      },
    },
  };
}
