import { z } from 'zod';
import { parseMoney } from '../lib/money/parse';

/** A record id or article slug: lower-case ASCII words joined by hyphens. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case ASCII words joined by hyphens');

/** One citation: the article slug and a verbatim quote from it. */
export const SourceSchema = z.strictObject({
  article: IdSchema,
  quote: z.string().trim().min(4, 'quote a whole phrase from the article'),
});

/** At least one citation per record. */
export const SourcesSchema = z.array(SourceSchema).min(1, 'cite at least one article');

/**
 * A date at the precision the article gives: YYYY, YYYY-MM or YYYY-MM-DD, kept as a string.
 * YAML loaders may hand over a number (2025) or a Date (2025-11-01); both are normalised.
 */
export const PartialDateSchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z
    .string()
    .regex(
      /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
      'write YYYY, YYYY-MM or YYYY-MM-DD',
    ),
);

const MoneyObjectSchema = z.strictObject({
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  currency: z.enum(['USD', 'JPY', 'EUR']),
  qualifier: z.enum(['exact', 'approx', 'range', 'up-to', 'over', 'at-least']).optional(),
});

/** An amount as the article writes it ("150億ドル") or as {value, currency}; parsed into Money. */
export const MoneySchema = z.union([z.string(), MoneyObjectSchema]).transform((input, ctx) => {
  const result = parseMoney(input);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.error });
    return z.NEVER;
  }
  return result.value;
});

/** Whether a figure is reported as having happened or as expected. */
export const BasisSchema = z.enum(['actual', 'plan', 'forecast', 'estimate']);

/** A percentage with how the article bounds it (約8割 = approx 80, 1%未満 = under 1). */
export const PercentSchema = z.strictObject({
  value: z.number().min(0).max(1000),
  qualifier: z.enum(['exact', 'approx', 'under', 'over', 'at-least']).default('exact'),
});

/** Fields every dataset shares: citations, an editor's note, and records this one disagrees with. */
export const provenance = {
  sources: SourcesSchema,
  notes: z.string().optional(),
  /** Ids of records in the same dataset that report a conflicting figure for the same quantity. */
  conflicts_with: z.array(IdSchema).optional(),
};
