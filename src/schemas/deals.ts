import { z } from 'zod';
import { MoneySchema, PartialDateSchema, provenance } from './common';

/** The kind of money that moves in a deal. */
export const DealKindSchema = z.enum([
  'equity-investment',
  'cloud-contract',
  'compute-purchase',
  'construction',
  'joint-venture',
  'supply',
  'other',
]);

/** How far a deal has got. */
export const DealStatusSchema = z.enum(['rumored', 'in-talks', 'planned', 'announced', 'closed']);

/**
 * data/deals/<id>.yaml: money moving between companies. `from` pays or invests (one id, or
 * several for a joint venture); `to` receives the money or provides the service.
 */
export const DealSchema = z.strictObject({
  label: z.string().optional(),
  from: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  to: z.string().min(1),
  kind: DealKindSchema,
  status: DealStatusSchema,
  date: PartialDateSchema.optional(),
  amount: MoneySchema.optional(),
  /** Initial tranche where the article gives one (Stargate: 1000億ドル of up to 5000億ドル). */
  initial_amount: MoneySchema.optional(),
  /** Period the amount is spread over, in years, where stated. */
  term_years: z.number().positive().optional(),
  ...provenance,
});

export type Deal = z.output<typeof DealSchema>;
