import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_FOLDERS } from '../lib/nav/page-type';

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

/** Pages handed to Pagefind at once: enough to keep its threads busy. */
const FILES_AT_ONCE = 16;

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
 * A large site is indexed in shards (searchShards), one after another: the first is written to
 * <outDir>/pagefind/, the others to <outDir>/pagefind-2/, -3/…, and pagefind/shards.json lists
 * them for the search page, which merges them into the first (src/client/search.ts).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const budget = Number(process.env.ATLAS_SEARCH_SHARD_BUDGET) || BUDGET;
        const shards = searchShards(pagesToIndex(outDir), budget);
        const bundles: string[] = [];
        let count = 0;
        try {
          for (const [i, shard] of shards.entries()) {
            const { index, errors } = await pagefind.createIndex({
              excludeSelectors: [
                'svg',
                // Record tables (company and data pages) and the charts a company page draws.
                '.table-scroll',
                '[data-pagefind-filter="type:企業"] figure.chart',
              ],
            });
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            // A few files at a time: each is read into memory and sent to Pagefind as a
            // message, and all 2,000 pages of a shard at once were 0.9 GB of this process's heap.
            for (let at = 0; at < shard.length; at += FILES_AT_ONCE) {
              const added = await Promise.all(
                shard.slice(at, at + FILES_AT_ONCE).map((sourcePath) =>
                  index.addHTMLFile({
                    sourcePath,
                    content: readFileSync(join(outDir, sourcePath), 'utf8'),
                  }),
                ),
              );
              const failed = added.flatMap((a) => a.errors);
              if (failed.length > 0) throw new Error(failed.join('; '));
            }
            const name = i === 0 ? 'pagefind' : `pagefind-${i + 1}`;
            const written = await index.writeFiles({ outputPath: join(outDir, name) });
            if (written.errors.length > 0) throw new Error(written.errors.join('; '));
            await index.deleteIndex();
            if (i > 0) bundles.push(`../${name}/`);
            count += shard.length;
          }
        } finally {
          await pagefind.close();
        }
        if (shards.length > 0)
          writeFileSync(join(outDir, 'pagefind', SHARDS_FILE), JSON.stringify({ bundles }));
        logger.info(
          `${count} pages indexed for search${shards.length > 1 ? ` in ${shards.length} bundles` : ''}`,
        );
      },
    },
  };
}
