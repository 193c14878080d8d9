// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';
import { validateData } from './src/integrations/validate.ts';
import { mdxGuard } from './src/integrations/mdx-guard.ts';

/** Deploy target: SITE_URL is the origin, BASE_PATH the sub-path the site lives under. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // validateData fails the build on any data error, with the same messages as `npm run validate`.
  // mdxGuard fails it on an article with module code, expressions or components other than charts.
  integrations: [
    validateData(),
    mdxGuard(),
    mdx(),
    // Embed views are for iframes on other sites, not for search engines.
    sitemap({ filter: (page) => !/\/charts\/[^/]+\/embed\/$/.test(page) }),
    // Pagefind indexes the written pages, so it must stay after every page-producing integration.
    searchIndex(),
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
