/** How amounts of a trillion or more are written: 1.3兆 (decimal) or 1兆3000億 (composite). */
export type TrillionStyle = 'decimal' | 'composite';

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * Writes a non-negative amount with 万/億/兆 and no currency: 1.5e10 → "150億", 7.5e8 → "7.5億",
 * 1.3e12 → "1兆3000億" or "1.3兆"; 億 and 万 keep up to 1 decimal, decimal 兆 up to 2.
 */
export function japaneseUnits(value: number, trillions: TrillionStyle = 'composite'): string {
  // Each unit is chosen after rounding, so 9999.96億 is written 1兆 and 9500万 stays 9500万.
  const man = round(value / 1e4, 1);
  if (man < 1) return `${round(value, 2)}`;
  if (man < 1e4) return `${man}万`;
  const oku = round(value / 1e8, 1);
  if (oku < 1e4) return `${oku}億`;
  if (trillions === 'decimal') return `${round(value / 1e12, 2)}兆`;
  const wholeOku = Math.round(value / 1e8);
  const rest = wholeOku % 1e4;
  return `${Math.floor(wholeOku / 1e4)}兆${rest > 0 ? `${rest}億` : ''}`;
}

const VAGUE_STEP_WORDS = ['', '十', '百', '千'];

/** Writes a 数十億-style span (min = 10^n, max = 9 × 10^n, n ≥ 4) as its word, or undefined for any other span. */
export function vagueWord(min: number, max: number): string | undefined {
  const exponent = Math.log10(min);
  if (!Number.isInteger(exponent) || exponent < 4 || max !== 9 * min) return undefined;
  const unit = exponent >= 12 ? 12 : exponent >= 8 ? 8 : 4;
  const step = VAGUE_STEP_WORDS[exponent - unit];
  if (step === undefined) return undefined;
  return `数${step}${unit === 12 ? '兆' : unit === 8 ? '億' : '万'}`;
}
