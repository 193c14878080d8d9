import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_FOLDERS } from '../lib/nav/page-type';

/**
 * Astro integration that builds the Pagefind search index over the finished site, into
 * <outDir>/pagefind/, once `astro build` has written every page. Only elements marked
 * data-pagefind-body are indexed (BaseLayout marks articles, companies, data pages and the
 * methodology), and only the folders holding them are read. Record tables and a company page's
 * charts are left out: a row repeats a record whose quote is indexed where it stands in its
 * article, and at 10k rounds they were half the index and half the indexing time. Charts in
 * articles stay: their titles, summaries and tables are words a reader searches for (tables and
 * charts out everywhere lost 「データセンター」 from every article excerpt). Pages declare
 * lang="ja", so Pagefind segments the Japanese into words.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({
          excludeSelectors: [
            'svg',
            // Record tables (company and data pages) and the charts a company page draws.
            '.table-scroll',
            '[data-pagefind-filter="type:企業"] figure.chart',
          ],
        });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({
          path: outDir,
          glob: `{${SEARCH_FOLDERS.join(',')}}/**/*.html`,
        });
        if (added.errors.length > 0) throw new Error(added.errors.join('; '));
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length > 0) throw new Error(written.errors.join('; '));
        logger.info(`${added.page_count} pages indexed for search`);
        await pagefind.close();
      },
    },
  };
}
