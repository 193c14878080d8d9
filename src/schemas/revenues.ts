import { z } from 'zod';
import { BasisSchema, MoneySchema, provenance } from './common';

/** data/revenues/<id>.yaml: revenue, ARR or a segment's revenue for one period. */
export const RevenueSchema = z.strictObject({
  company: z.string().min(1),
  /** Period as reported: "2025", "FY2025", "2025年中頃". */
  period: z.string().min(1),
  /** Calendar or fiscal year the period falls in, for ordering and charts. */
  year: z.number().int().min(2000).max(2100),
  metric: z.enum(['revenue', 'arr', 'segment-revenue']),
  /** Segment name for segment-revenue ("データセンター"). */
  segment: z.string().optional(),
  basis: BasisSchema,
  amount: MoneySchema,
  /** Year-on-year growth in percent where the article states it (114 for 前年比114%増). */
  growth_yoy: z.number().optional(),
  ...provenance,
});

export type Revenue = z.output<typeof RevenueSchema>;
