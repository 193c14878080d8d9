import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/articles';

/**
 * The articles are the one content collection. The datasets in data/ are read by
 * `readDataBundle` (src/lib/validate/read-bundle.ts) with the validator's reader instead: the
 * content layer would serialise every record into one module for the bundler and the pages to
 * parse (30 MB at 10k rounds).
 */
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/articles' }),
    schema: ArticleSchema,
  }),
};
