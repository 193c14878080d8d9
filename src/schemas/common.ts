import { z } from 'zod';
import { parseMoney } from '../lib/money/parse';
import { isHttpUrl } from './url';

/** A record id or article slug: lower-case ASCII words joined by hyphens. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case ASCII words joined by hyphens');

/** One citation: the article slug and a verbatim quote from it. */
export const SourceSchema = z.strictObject({
  article: IdSchema,
  quote: z.string().trim().min(4, 'quote a whole phrase from the article'),
  /** True for a quote that gives context (the year, the parties) and states none of the figures. */
  context: z.literal(true).optional(),
});

/** At least one citation per record. */
export const SourcesSchema = z.array(SourceSchema).min(1, 'cite at least one article');

/** Earliest and latest year a record may carry: modern AI finance, with room for forecasts. */
export const YEAR_RANGE = { min: 1950, max: 2050 } as const;

/** True when `text` (YYYY, YYYY-MM or YYYY-MM-DD) is a real calendar date within YEAR_RANGE. */
export function isRealPartialDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number?, number?];
  if (y < YEAR_RANGE.min || y > YEAR_RANGE.max) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m! - 1, d));
  return date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/**
 * A date at the precision the article gives: YYYY, YYYY-MM or YYYY-MM-DD, kept as a string, a
 * real calendar date (no 2025-02-30) with a year in YEAR_RANGE. The data reader keeps
 * unquoted dates as strings; a number (2025) or a Date from another loader is normalised.
 */
export const PartialDateSchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z
    .string()
    .regex(
      /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
      'write YYYY, YYYY-MM or YYYY-MM-DD',
    )
    .refine(
      isRealPartialDate,
      `not a real date, or a year outside ${YEAR_RANGE.min}–${YEAR_RANGE.max}`,
    ),
);

/** A link from data: an absolute http(s) URL, nothing else (no javascript:, data:, file:). */
export const HttpUrlSchema = z.string().refine(isHttpUrl, 'use an http:// or https:// URL');

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

// User-assigned (AA, QM–QZ, X*, ZZ) and reserved (UK, EU, EZ, UN) codes name no country.
const NOT_ASSIGNED = /^(AA|Q[M-Z]|X[A-Z]|ZZ|UK|EU|EZ|UN)$/;

/** True for an ISO 3166-1 alpha-2 code of a real country or territory (not ZZ, XX or UK). */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_ASSIGNED.test(code)) return false;
  return REGIONS.of(code) !== code;
}

/** A two-letter ISO 3166-1 country code that names a real country. */
export const CountrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'use a two-letter ISO country code such as US')
  .refine(isCountryCode, 'not an ISO 3166-1 country code; use one such as US, JP or FR');

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
  if (result.value.max === 0) {
    ctx.addIssue({
      code: 'custom',
      message: 'an amount of zero is not a figure; check the number',
    });
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
