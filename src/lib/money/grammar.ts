/**
 * The amount grammar (numerals, units, currencies, qualifiers, ranges) in one file, over 150
 * lines: its rules read in order and share one cursor, so splitting them would scatter one
 * parser.
 */
import { isFailure, readNumeral, scaled } from './numeral';
import type { Numeral, NumeralFailureReason } from './numeral';
import type { Currency, Qualifier } from './types';

/** Why a scan stopped; parse.ts turns each into a message from errors.ts. */
export type ScanFailureReason =
  | NumeralFailureReason
  | 'no-currency'
  | 'range-end'
  | 'min-over-max'
  | 'currency-mismatch'
  | 'conflicting-bounds'
  | 'bounded-range';

/** An amount read from NFKC text up to offset `end`, with bounds in whole currency units. */
export interface ScannedAmount {
  ok: true;
  end: number;
  currency: Currency;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  approximate: boolean;
}

/** A failed scan: the reason, the offset it was found at, and the qualifier words involved. */
export interface ScanFailure {
  ok: false;
  reason: ScanFailureReason;
  at: number;
  words?: [string, string];
}

type Bound = 'up-to' | 'over' | 'at-least';
type Marker = [word: string, meaning: Bound | 'approx'];

const CURRENCY_WORDS: [string, Currency][] = [
  ['米ドル', 'USD'],
  ['USドル', 'USD'],
  ['ドル', 'USD'],
  ['日本円', 'JPY'],
  ['円', 'JPY'],
  ['ユーロ', 'EUR'],
  ['USD', 'USD'],
  ['JPY', 'JPY'],
  ['EUR', 'EUR'],
];
const CURRENCY_SIGNS: Record<string, Currency> = { $: 'USD', '¥': 'JPY', '€': 'EUR' };
/** Words written before the number, longest first. */
export const PREFIX_WORDS: Marker[] = [
  ['およそ', 'approx'],
  ['約', 'approx'],
  ['最大', 'up-to'],
  ['最低', 'at-least'],
];
/** Words written after the currency, longest first. */
// 未満 ("under") is read as up-to: the shared Qualifier has no exclusive upper bound,
// and for a reported amount the difference between < and <= carries no information.
export const SUFFIX_WORDS: Marker[] = [
  ['超え', 'over'],
  ['超', 'over'],
  ['以上', 'at-least'],
  ['以下', 'up-to'],
  ['未満', 'up-to'],
  ['級', 'approx'],
  ['程度', 'approx'],
  ['規模', 'approx'],
  ['前後', 'approx'],
];
const RANGE_SIGNS = ['〜', '~', '-', '–', '—', '‐', '−'];

const fail = (reason: ScanFailureReason, at: number, words?: [string, string]): ScanFailure =>
  words ? { ok: false, reason, at, words } : { ok: false, reason, at };

const skipSpaces = (s: string, i: number): number => (s[i] === ' ' ? skipSpaces(s, i + 1) : i);

function readWord<T>(s: string, i: number, table: [string, T][]): [string, T] | undefined {
  return table.find(([word]) => s.startsWith(word, i));
}

function readCurrency(s: string, i: number): [Currency | null, number] {
  const at = skipSpaces(s, i);
  const found = readWord(s, at, CURRENCY_WORDS);
  return found ? [found[1], at + found[0].length] : [null, i];
}

/** Reads one amount starting at offset `start` of NFKC text, or says why there is none. */
export function scanAmount(s: string, start: number): ScannedAmount | ScanFailure {
  const markers: Marker[] = [];
  let sign: Currency | null = null;
  let i = skipSpaces(s, start);
  for (let marker = readWord(s, i, PREFIX_WORDS); ; marker = readWord(s, i, PREFIX_WORDS)) {
    const signed: Currency | undefined = sign === null ? CURRENCY_SIGNS[s[i] ?? ''] : undefined;
    if (marker) markers.push(marker);
    else if (signed) sign = signed;
    else break;
    i = skipSpaces(s, i + (marker ? marker[0].length : 1));
  }
  const left = readNumeral(s, i);
  if (isFailure(left)) return left;
  const [leftCurrency, afterLeft] = readCurrency(s, left[1]);
  let right: [Numeral, number] | null = null;
  let rightCurrency: Currency | null = null;
  i = afterLeft;
  const signAt = skipSpaces(s, afterLeft);
  if (RANGE_SIGNS.includes(s[signAt] ?? '')) {
    const read = readNumeral(s, skipSpaces(s, signAt + 1));
    if (!isFailure(read)) {
      right = read;
      [rightCurrency, i] = readCurrency(s, read[1]);
    } else if (leftCurrency === null) {
      // A lone sign after a currency ends the amount (150億ドル-); without one it promised a range.
      return read.reason === 'no-number' ? fail('range-end', read.at) : read;
    }
  }
  const currency = sign ?? leftCurrency ?? rightCurrency;
  if (currency === null) return fail('no-currency', i);
  if ([sign, leftCurrency, rightCurrency].some((c) => c !== null && c !== currency)) {
    return fail('currency-mismatch', i);
  }
  for (let marker = readWord(s, i, SUFFIX_WORDS); marker; marker = readWord(s, i, SUFFIX_WORDS)) {
    markers.push(marker);
    i += marker[0].length;
  }
  return settle(left[0], right?.[0] ?? null, markers, currency, i);
}

function settle(
  left: Numeral,
  right: Numeral | null,
  markers: Marker[],
  currency: Currency,
  end: number,
): ScannedAmount | ScanFailure {
  const lo =
    right && left.bare !== null && right.lead !== null ? scaled(left.bare, right.lead) : left.lo;
  const hi = right ? right.hi : left.hi;
  if (lo > hi) return fail('min-over-max', end);
  const [first, second] = markers.filter(([, meaning]) => meaning !== 'approx');
  if (first && second) return fail('conflicting-bounds', end, [first[0], second[0]]);
  if (first && right) return fail('bounded-range', end, [first[0], first[0]]);
  const bound = first?.[1] as Bound | undefined;
  const approximate =
    left.vague || !!right?.vague || markers.some(([, meaning]) => meaning === 'approx');
  const ranged = right !== null || left.vague;
  return {
    ok: true,
    end,
    currency,
    min: bound === 'up-to' ? null : lo,
    max: bound === 'over' || bound === 'at-least' ? null : hi,
    qualifier: bound ?? (ranged ? 'range' : approximate ? 'approx' : 'exact'),
    approximate,
  };
}
