import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { loadClaims } from '../lib/claims/load';
import { claimMarkPlugins, type Permalink } from '../lib/claims/plugin';
import { DATASETS } from '../lib/dataset/registry';
import { permalinksFromIds } from '../lib/dataset/paging';
import { listFiles } from '../lib/validate/read';
import type { Claim } from '../lib/claims/claims';

/**
 * Astro integration that marks, in every article, each sentence a record quotes: a small link
 * after the quote to the record on its data page, with the fact-check verdict when one exists.
 * The marks come from data/ at build time, so the raw sources and the generated MDX stay as they
 * are and a new record marks its sentence on the next build.
 */
export function claimMarks(): AstroIntegration {
  return {
    name: 'claim-marks',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as {
          name: string;
          options: { hastPlugins?: HastPluginEntry[] };
        };
        if (processor.name !== 'satteri' || !Array.isArray(processor.options.hastPlugins)) {
          throw new Error(
            `claim-marks: markdown.processor is "${processor.name}", which does not run satteri hast plugins.`,
          );
        }
        const dataDir = fileURLToPath(new URL('data/', config.root));
        let claims: Map<string, Claim[]> | undefined;
        let permalink: Permalink | undefined;
        processor.options.hastPlugins.push((ctx: PluginFactoryContext) => {
          if (ctx.sourceFormat !== 'mdx' || !ctx.fileURL) return null;
          const path = fileURLToPath(ctx.fileURL);
          if (!path.includes('/content/articles/')) return null;
          claims ??= loadClaims(dataDir);
          permalink ??= recordPages(dataDir);
          const mine = claims.get(basename(path).replace(/\.mdx$/, ''));
          return mine?.length ? claimMarkPlugins(mine, config.base, new Set(), permalink) : null;
        });
      },
    },
  };
}

/**
 * Returns the permalink of every figure record under `dataDir`: which table page holds it, by
 * the rule the dataset pages paginate with, read from the file names alone.
 */
function recordPages(dataDir: string): Permalink {
  const ids = new Map(
    DATASETS.filter((d) => d.figures).map((d) => [
      d.name as string,
      listFiles(join(dataDir, d.name))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => basename(f, '.yaml')),
    ]),
  );
  return permalinksFromIds(ids);
}
