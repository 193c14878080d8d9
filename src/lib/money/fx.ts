import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { extractAmountSpans } from './extract';
import type { Currency, Money } from './types';

const FxRateSchema = z.strictObject({
  currency: z.enum(['JPY', 'EUR']),
  year: z.number().int().min(2000).max(2100),
  per_usd: z.number().positive(),
  source: z.string().trim().min(1, 'say where the rate comes from'),
  note: z.string().optional(),
});

const FxTableSchema = z
  .strictObject({ base: z.literal('USD'), rates: z.array(FxRateSchema).min(1) })
  .superRefine((table, ctx) => {
    const seen = new Set<string>();
    table.rates.forEach((rate, index) => {
      const key = `${rate.currency} ${rate.year}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rates', index],
          message: `duplicate rate for ${key}`,
        });
      }
      seen.add(key);
    });
  });

/** One annual reference rate: per_usd units of `currency` buy one US dollar. */
export type FxRate = z.output<typeof FxRateSchema>;
/** The validated contents of data/fx-rates.yaml. */
export type FxTable = z.output<typeof FxTableSchema>;

/** Parses and validates the YAML text of data/fx-rates.yaml; throws an Error listing every problem with its path. */
export function loadFxTable(yamlText: string): FxTable {
  const result = FxTableSchema.safeParse(parseYaml(yamlText));
  if (!result.success) throw new Error(`invalid FX table:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** Returns units of `currency` per US dollar for `year` (the latest year known when omitted), 1 for USD, or undefined when no rate is known. */
export function rateFor(table: FxTable, currency: Currency, year?: number): number | undefined {
  if (currency === 'USD') return 1;
  const candidates = table.rates
    .filter((r) => r.currency === currency && (year === undefined || r.year === year))
    .sort((a, b) => b.year - a.year);
  return candidates[0]?.per_usd;
}

/** Returns the amount's bounds in US dollars and the rate used (units per USD), or undefined when no rate is known. */
export function toUsd(
  m: Money,
  table: FxTable | undefined,
  year?: number,
): { min: number | null; max: number | null; rate: number } | undefined {
  // Without a table only US dollars convert, at 1.
  const rate = table ? rateFor(table, m.currency, year) : m.currency === 'USD' ? 1 : undefined;
  if (rate === undefined) return undefined;
  const convert = (value: number | null): number | null => (value === null ? null : value / rate);
  return { min: convert(m.min), max: convert(m.max), rate };
}

/** The outcome of checking a printed conversion against the table. */
export interface RateCheck {
  /** Local units per US dollar implied by the two printed figures. */
  impliedRate: number;
  /** Local units per US dollar in the table for that year. */
  tableRate: number;
  /** impliedRate / tableRate − 1, a signed fraction (−0.022 = 2.2% below). */
  deviation: number;
  /** True when |deviation| exceeds the tolerance. */
  outlier: boolean;
}

// The midpoint for a range, otherwise whichever bound is known.
const pointValue = (m: Money): number | null =>
  m.min !== null && m.max !== null ? (m.min + m.max) / 2 : (m.min ?? m.max);

/** Compares the rate implied by a USD amount and its printed local conversion with the table's rate for `year`; undefined when the pair is not USD → JPY/EUR, is zero, or no rate is known. */
export function checkImpliedRate(
  usd: Money,
  local: Money,
  table: FxTable,
  year: number,
  tolerance = 0.05,
): RateCheck | undefined {
  const tableRate = rateFor(table, local.currency, year);
  const dollars = pointValue(usd);
  const units = pointValue(local);
  if (usd.currency !== 'USD' || local.currency === 'USD' || tableRate === undefined)
    return undefined;
  if (!dollars || units === null) return undefined;
  const impliedRate = units / dollars;
  const deviation = impliedRate / tableRate - 1;
  return { impliedRate, tableRate, deviation, outlier: Math.abs(deviation) > tolerance };
}

/** A dollar amount followed by its printed conversion, as in 8300億ドル(約124兆円). */
export interface ConversionPair {
  usd: Money;
  local: Money;
}

/** Finds every `<USD amount>(<JPY or EUR amount>)` in a text, half- or full-width brackets, in order. */
export function findConversionPairs(text: string): ConversionPair[] {
  const spans = extractAmountSpans(text);
  const pairs: ConversionPair[] = [];
  spans.forEach((span, index) => {
    const next = spans[index + 1];
    if (!next || span.money.currency !== 'USD' || next.money.currency === 'USD') return;
    const opening = text.slice(span.end, next.start).normalize('NFKC').trim();
    const closing = text.slice(next.end).normalize('NFKC').trimStart();
    if (opening === '(' && closing.startsWith(')'))
      pairs.push({ usd: span.money, local: next.money });
  });
  return pairs;
}
