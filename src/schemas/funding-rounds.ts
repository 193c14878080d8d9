import { z } from 'zod';
import { MoneySchema, PartialDateSchema, provenance } from './common';

/** How far a round has got, as reported. */
export const RoundStatusSchema = z.enum(['rumored', 'in-talks', 'announced', 'closed']);

/** data/funding-rounds/<id>.yaml: one funding round; the field names are the editors' contract. */
export const FundingRoundSchema = z.strictObject({
  company: z.string().min(1),
  round: z.string().optional(),
  status: RoundStatusSchema,
  date: PartialDateSchema,
  /**
   * `reported` when the articles do not date the round itself and `date` is when an article
   * reported it, so the round happened then or earlier; omitted when `date` dates the round.
   */
  date_basis: z.enum(['event', 'reported']).optional(),
  amount: MoneySchema,
  /** Post-money valuation. */
  valuation: MoneySchema.optional(),
  investors: z.array(z.string()).optional(),
  lead_investors: z.array(z.string()).optional(),
  /** Split of the amount by instrument, e.g. {equity: 75億ドル, debt: 最大125億ドル}. */
  instruments: z
    .partialRecord(z.enum(['equity', 'debt', 'convertible', 'other']), MoneySchema)
    .optional(),
  /** True when the amount totals several rounds (累計) rather than one. */
  cumulative: z.boolean().optional(),
  /**
   * `headline` when the amount is a figure an article presents as money raised but that is not a
   * round (e.g. a valuation converted to yen in a headline): kept as what the article says, never
   * drawn, ranked or summed as a round. Omitted for a round or a cumulative total.
   */
  kind: z.enum(['round', 'headline']).optional(),
  ...provenance,
});

export type FundingRound = z.output<typeof FundingRoundSchema>;
