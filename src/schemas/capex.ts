import { z } from 'zod';
import { BasisSchema, MoneySchema, provenance } from './common';

/** data/capex/<id>.yaml: capital expenditure of one company or a named group, for one year. */
export const CapexSchema = z.strictObject({
  /** Company ids; several for a group total such as the four hyperscalers. */
  companies: z.array(z.string().min(1)).min(1),
  /** Display name for a group ("ハイパースケーラー4社"); omitted for a single company. */
  group: z.string().optional(),
  year: z.number().int().min(2000).max(2100),
  /**
   * `inferred` when the article does not say whose spending or which year the figure is, and
   * `companies` and `year` are the editor's reading; pages label such attributions.
   */
  attribution: z.enum(['stated', 'inferred']).optional(),
  amount: MoneySchema,
  basis: BasisSchema,
  /** What the spending covers, as the article says ("AI関連の設備投資"). */
  scope: z.string().min(1),
  ...provenance,
});

export type Capex = z.output<typeof CapexSchema>;
