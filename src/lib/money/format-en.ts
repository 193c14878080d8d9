import type { Currency, Money } from './types';

const SYMBOLS: Record<Currency, string> = { USD: '$', JPY: '¥', EUR: '€' };
const SCALES: [number, string][] = [
  [1e3, 'K'],
  [1e6, 'M'],
  [1e9, 'B'],
  [1e12, 'T'],
];

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Writes a non-negative amount in short English form with up to 1 decimal: 1.5e10 → "15B", 1.305e11 → "130.5B". */
export function englishUnits(value: number): string {
  if (round1(value / 1e3) < 1) return `${Math.round(value * 100) / 100}`;
  // Each scale is chosen after rounding, so 999.96B is written 1T and 950B stays 950B.
  for (const [size, suffix] of SCALES) {
    const scaled = round1(value / size);
    if (scaled < 1000 || suffix === 'T') return `${scaled}${suffix}`;
  }
  return `${value}`;
}

/**
 * Writes an amount for English readers: "$15B", "about ¥2.2T", "$20B–$26B", "up to $12.5B",
 * "over $30B", "at least $115B".
 */
export function formatMoneyEn(m: Money): string {
  const symbol = SYMBOLS[m.currency];
  const n = (value: number | null): string => `${symbol}${englishUnits(value ?? 0)}`;
  const about = m.approximate || m.qualifier === 'approx' ? 'about ' : '';
  switch (m.qualifier) {
    case 'up-to':
      return `up to ${about}${n(m.max)}`;
    case 'over':
      return `over ${about}${n(m.min)}`;
    case 'at-least':
      return `at least ${about}${n(m.min)}`;
    case 'range':
      if (m.min !== m.max) return `${about}${n(m.min)}–${n(m.max)}`;
      return `${about}${n(m.min)}`;
    default:
      return `${about}${n(m.min ?? m.max)}`;
  }
}
