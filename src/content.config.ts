import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'zod';
import { ArticleSchema } from './schemas/articles';
import { CapexSchema } from './schemas/capex';
import { CompanySchema } from './schemas/companies';
import { DealSchema } from './schemas/deals';
import { FundingRoundSchema } from './schemas/funding-rounds';
import { GpuClusterSchema } from './schemas/gpu-clusters';
import { MarketSizeSchema } from './schemas/market-sizes';
import { RevenueSchema } from './schemas/revenues';
import { ShareSchema } from './schemas/shares';

/** A collection of one YAML file per record under data/<folder>/; the id is the file name. */
function dataset<S extends z.ZodType>(folder: string, schema: S) {
  return defineCollection({
    loader: glob({
      pattern: '**/*.yaml',
      base: `./data/${folder}`,
      generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
    }),
    schema,
  });
}

// Collection names match src/lib/data/datasets.ts.
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/articles' }),
    schema: ArticleSchema,
  }),
  fundingRounds: dataset('funding-rounds', FundingRoundSchema),
  companies: dataset('companies', CompanySchema),
  deals: dataset('deals', DealSchema),
  capex: dataset('capex', CapexSchema),
  revenues: dataset('revenues', RevenueSchema),
  marketSizes: dataset('market-sizes', MarketSizeSchema),
  gpuClusters: dataset('gpu-clusters', GpuClusterSchema),
  shares: dataset('shares', ShareSchema),
};
