import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Astro integration that builds the Pagefind search index over the finished site, into
 * <outDir>/pagefind/, once `astro build` has written every page. Only elements marked
 * data-pagefind-body are indexed (BaseLayout marks articles, companies, data pages and the methodology);
 * chart SVGs are skipped because their tables carry the same words. Pages declare lang="ja",
 * so Pagefind segments the Japanese into words.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['svg'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(added.errors.join('; '));
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length > 0) throw new Error(written.errors.join('; '));
        logger.info(`${added.page_count} pages indexed for search`);
        await pagefind.close();
      },
    },
  };
}
