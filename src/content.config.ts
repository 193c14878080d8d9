import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'zod';
import { collectionSources } from './lib/dataset/collections';
import type { Dataset } from './lib/dataset/registry';
import { ArticleSchema } from './schemas/articles';

/** A collection of one YAML file per record under `base`; the id is the file name. */
function dataset<S extends z.ZodType>(base: string, schema: S) {
  return defineCollection({
    loader: glob({
      pattern: '**/*.yaml',
      base,
      generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
    }),
    schema,
  });
}

/** Each registered dataset's collection, typed by its own schema. */
type DatasetCollections = {
  [D in Dataset as D['collection']]: D['schema'] extends infer S extends z.ZodType
    ? ReturnType<typeof dataset<S>>
    : never;
};

// Every dataset's collection is derived from the registry (src/lib/dataset/registry.ts).
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/articles' }),
    schema: ArticleSchema,
  }),
  ...(Object.fromEntries(
    collectionSources().map((s) => [s.collection, dataset(s.base, s.schema)]),
  ) as DatasetCollections),
};
