// @ts-check
// First: it scopes an allocator setting of scripts/build.ts to the bundler (see the file).
import './src/integrations/allocator.ts';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { chartFiles } from './src/integrations/chart-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { recordLinks } from './src/integrations/record-links.ts';
import { validateData } from './src/integrations/validate.ts';
import { requireSiteUrl, siteUrl } from './src/integrations/site-url.ts';
import { mdxGuard } from './src/integrations/mdx-guard.ts';
import { claimMarks } from './src/integrations/claim-marks.ts';

/** Deploy target: SITE_URL is the origin, BASE_PATH the sub-path the site lives under. */
// requireSiteUrl fails a CI build when SITE_URL is unset rather than publish localhost URLs.
const site = siteUrl();
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Stylesheets are files, never inline, so each page's CSP (src/lib/site/csp.ts) needs no hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // validateData fails the build on any data error, with the same messages as `npm run validate`.
  // mdxGuard fails it on an article with module code, expressions or components other than charts.
  integrations: [
    requireSiteUrl(),
    validateData(),
    mdxGuard(),
    // claimMarks links each quoted sentence of an article to its record (and fact check).
    claimMarks(),
    mdx(),
    // Embed views are for iframes on other sites, not for search engines.
    sitemap({ filter: (page) => !/\/charts\/[^/]+\/embed\/$/.test(page) }),
    // Pagefind indexes the written HTML pages, so it must stay after every integration that
    // writes HTML pages. It runs before chartFiles, which writes none: the chart images begun
    // while pages rendered go on drawing on the image threads while Pagefind indexes.
    searchIndex(),
    // Chart downloads and share cards are read back from the built chart pages.
    chartFiles(),
    // Stable record links (data/<name>/record/<id>/) are read from the built tables; they only
    // send readers on, so they come after the search index and are never indexed.
    recordLinks(),
  ],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // MDX output carries module-level directives that the bundler reports once per file.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
