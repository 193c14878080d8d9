import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { collectionSources } from './lib/dataset/collections';
import type { Dataset } from './lib/dataset/registry';
import { loadDatasetRecords } from './lib/validate/load';
import { ArticleSchema } from './schemas/articles';

/**
 * A collection of one YAML file per record in data/<name>/; the id is the file name. Files are
 * listed and parsed by `loadDatasetRecords`, the reader `npm run validate` uses, so the build
 * refuses links, pipes, sub-folders and tags exactly as validation does and reads every value
 * (dates, 0b101) the same way.
 */
function dataset<S extends z.ZodType>(base: string, schema: S) {
  const name = base.replace(/^\.\/data\//, '');
  return defineCollection({
    loader: {
      name: `data-${name}`,
      load: async ({ store, parseData, generateDigest, config, logger, watcher }) => {
        const root = fileURLToPath(config.root);
        const sync = async () => {
          const records = loadDatasetRecords(root, name);
          store.clear();
          for (const r of records) {
            const data = await parseData({ id: r.id, data: r.data, filePath: r.path });
            store.set({ id: r.id, data, digest: generateDigest(r.data), filePath: r.path });
          }
        };
        await sync();
        // `astro dev`: reload on any change in the folder, logging a refused file, not crashing.
        const dir = join(root, 'data', name);
        watcher?.add(dir);
        watcher?.on('all', (_event, path) => {
          if (!path.startsWith(dir)) return;
          sync().catch((error: unknown) => logger.error(String((error as Error).message)));
        });
      },
    },
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
