import type { ParseResult } from './types';

/** Why an amount was rejected: each message says what is wrong and how to write it instead. */
export const MONEY_ERRORS = {
  empty: () => 'empty amount (write e.g. 150億ドル)',
  noNumber: () => 'no number found',
  negative: () => 'negative amounts are not allowed',
  noCurrency: () => 'no currency (write ドル, 円 or ユーロ)',
  unknownCurrency: (word: string) => `unknown currency "${word}" (use ドル, 円 or ユーロ)`,
  trailing: (rest: string) => `unexpected text "${rest}" after the amount`,
  unitOrder: () => 'units out of order (write 兆 before 億 before 万)',
  badComma: () => 'misplaced comma (group digits in threes: 1,305億ドル)',
  rangeEnd: () => 'no number after the range sign (write 200億〜260億ドル)',
  minOverMax: () => 'range minimum is larger than maximum',
  currencyMismatch: () => 'range ends use different currencies',
  conflictingBounds: (a: string, b: string) =>
    `conflicting qualifiers "${a}" and "${b}" (keep one)`,
  boundedRange: (word: string) =>
    `a range cannot also carry "${word}" (write 200億〜260億ドル or 200億ドル${word})`,
  unknownCurrencyCode: (code: string) => `unknown currency "${code}" (use USD, JPY or EUR)`,
  noValue: () => 'give value, or min and/or max',
  valueAndBounds: () => 'give either value or min/max, not both',
  notFinite: () => 'amounts must be finite numbers',
  qualifierMismatch: (qualifier: string, allowed: readonly string[]) =>
    `qualifier "${qualifier}" does not fit these fields (use ${allowed.join(', ')})`,
} as const;

/** Builds a rejection whose message starts with the offending input, quoted. */
export function reject(label: string, message: string): ParseResult {
  return { ok: false, error: `${label}: ${message}` };
}
