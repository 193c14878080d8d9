import { z } from 'zod';
import { BasisSchema, PercentSchema, provenance } from './common';

/** data/shares/<id>.yaml: a share of a whole, e.g. a region's share of AI venture money. */
export const ShareSchema = z.strictObject({
  /** What is measured ("ai-venture-money", "enterprise-apps-with-agents"). */
  metric: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Whose share: a region ("US", "JP") or a label. */
  subject: z.string().min(1),
  /** The whole, in Japanese as the article puts it ("世界のAI向けVCマネー"). */
  of: z.string().min(1),
  share: PercentSchema,
  year: z.number().int().min(2000).max(2100).optional(),
  basis: BasisSchema,
  forecaster: z.string().optional(),
  ...provenance,
});

export type Share = z.output<typeof ShareSchema>;
