import { z } from 'zod';
import { BasisSchema, MoneySchema, provenance } from './common';

/** Markets the articles size. */
export const MarketSchema = z.enum([
  'ai',
  'generative-ai',
  'ai-chips',
  'ai-agents',
  'ai-saas',
  'autonomous-robotics',
  'ai-venture-investment',
  'japan-venture-investment',
]);

/** data/market-sizes/<id>.yaml: a market's size for a year and/or its growth rate. */
export const MarketSizeSchema = z
  .strictObject({
    market: MarketSchema,
    /** Geographic scope; omitted means worldwide. */
    region: z.string().optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    amount: MoneySchema.optional(),
    /** Compound annual growth rate in percent, with the years it spans where given. */
    cagr: z
      .strictObject({
        rate: z.number(),
        from: z.number().int().optional(),
        to: z.number().int().optional(),
      })
      .optional(),
    /** Year-on-year growth in percent. */
    growth_yoy: z.number().optional(),
    basis: BasisSchema,
    /** Who made the forecast, where the article names them. */
    forecaster: z.string().optional(),
    ...provenance,
  })
  .refine((r) => r.amount || r.cagr || r.growth_yoy !== undefined, {
    message: 'give an amount, a cagr or a growth_yoy',
    path: ['amount'],
  });

export type MarketSize = z.output<typeof MarketSizeSchema>;
