/** Why a numeral could not be read at the cursor. */
export type NumeralFailureReason = 'no-number' | 'unit-order' | 'bad-comma';

/** A failed read: the reason and the offset in the NFKC text where it was found. */
export interface NumeralFailure {
  ok: false;
  reason: NumeralFailureReason;
  at: number;
}

/** A number as written with 万/億/兆 (or 数十億), as a closed interval in whole units. */
export interface Numeral {
  lo: number;
  hi: number;
  /** Exponent of the first unit written (億 = 8), or null for a bare number. */
  lead: number | null;
  /** The bare number as written, so a range like 200〜260億 can borrow the other end's unit. */
  bare: string | null;
  /** True for 数十億-style numerals, which name a span rather than a figure. */
  vague: boolean;
}

const UNIT_EXPONENTS: Record<string, number> = { 万: 4, 億: 8, 兆: 12 };
const VAGUE_STEPS: Record<string, number> = { 十: 1, 百: 2, 千: 3 };
const NUMBER = /\d[\d,]*(?:\.\d+)?/y;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

const failure = (reason: NumeralFailureReason, at: number): NumeralFailure => ({
  ok: false,
  reason,
  at,
});

/** Tells a failed read from a result. */
export const isFailure = (value: unknown): value is { ok: false } =>
  typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;

/** Returns digits × 10^exponent, rounded once: Number("2.2e12") is exact where 2.2 * 1e12 is not. */
export const scaled = (digits: string, exponent: number): number => Number(`${digits}e${exponent}`);

function readDigits(s: string, at: number): string | null | NumeralFailure {
  NUMBER.lastIndex = at;
  let text = NUMBER.exec(s)?.[0];
  if (text === undefined) return null;
  // A trailing comma belongs to the sentence (150億ドル,), not to the number.
  while (text.endsWith(',')) text = text.slice(0, -1);
  if (text.includes(',') && !GROUPED.test(text)) return failure('bad-comma', at);
  return text;
}

function readVague(s: string, at: number): [Numeral, number] | NumeralFailure {
  let i = at + 1;
  const step = VAGUE_STEPS[s[i] ?? ''] ?? 0;
  if (step > 0) i += 1;
  const unit = UNIT_EXPONENTS[s[i] ?? ''];
  if (unit === undefined) return failure('no-number', at);
  const lo = 10 ** (unit + step);
  return [{ lo, hi: 9 * lo, lead: unit, bare: null, vague: true }, i + 1];
}

/** Reads a numeral such as 150億, 1,305億, 2.2兆, 1兆2000億, 200 or 数十億 at `at`; returns it and the offset after it. */
export function readNumeral(s: string, at: number): [Numeral, number] | NumeralFailure {
  if (s[at] === '数') return readVague(s, at);
  let i = at;
  let total = 0;
  let lead: number | null = null;
  let last: number | null = null;
  for (;;) {
    const written = readDigits(s, i);
    if (isFailure(written)) return written;
    if (written === null) {
      if (last === null) return failure('no-number', i);
      break;
    }
    const digits = written.replaceAll(',', '');
    const unitAt = i + written.length;
    const unit = UNIT_EXPONENTS[s[unitAt] ?? ''];
    if (unit === undefined) {
      if (last === null) {
        const value = Number(digits);
        return [{ lo: value, hi: value, lead: null, bare: digits, vague: false }, unitAt];
      }
      // Only 万 may be followed by a bare count (1万2345円); other digits belong to the sentence.
      if (last === 4 && /^\d{1,4}$/.test(digits)) [total, i] = [total + Number(digits), unitAt];
      break;
    }
    if (last !== null && unit >= last) return failure('unit-order', unitAt);
    total += scaled(digits, unit);
    lead ??= unit;
    last = unit;
    i = unitAt + 1;
  }
  return [{ lo: total, hi: total, lead, bare: null, vague: false }, i];
}
