import { japaneseUnits, vagueWord } from './notation';
import type { TrillionStyle } from './notation';
import type { Currency, Money } from './types';

/** Options for formatMoney. */
export interface FormatOptions {
  /** Trillions as 1.3兆 or 1兆3000億; defaults to decimal for yen (約2.2兆円) and composite otherwise. */
  trillions?: TrillionStyle;
}

const WORDS: Record<Currency, string> = { USD: 'ドル', JPY: '円', EUR: 'ユーロ' };

/**
 * Writes an amount the way the articles do: 150億ドル, 約2.2兆円, 200億〜260億ドル, 最大125億ドル,
 * 300億ドル超, 1150億ドル以上, 数十億ドル, 1兆3000億ドル; approximate amounts get the prefix 約.
 */
export function formatMoney(m: Money, opts: FormatOptions = {}): string {
  const style = opts.trillions ?? (m.currency === 'JPY' ? 'decimal' : 'composite');
  const units = (value: number | null): string => japaneseUnits(value ?? 0, style);
  const word = WORDS[m.currency];
  const about = m.approximate || m.qualifier === 'approx' ? '約' : '';
  switch (m.qualifier) {
    case 'up-to':
      return `最大${about}${units(m.max)}${word}`;
    case 'over':
      return `${about}${units(m.min)}${word}超`;
    case 'at-least':
      return `${about}${units(m.min)}${word}以上`;
    case 'range': {
      const vague = m.min !== null && m.max !== null ? vagueWord(m.min, m.max) : undefined;
      if (vague && m.approximate) return `${vague}${word}`;
      if (m.min !== m.max) return `${about}${units(m.min)}〜${units(m.max)}${word}`;
      return `${about}${units(m.min)}${word}`;
    }
    default:
      return `${about}${units(m.min ?? m.max)}${word}`;
  }
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * Writes the full figure with thousands separators and the ISO code, for tables and hover text:
 * "15,000,000,000 USD", "≈2,200,000,000,000 JPY", "20,000,000,000–26,000,000,000 USD",
 * "≤ 12,500,000,000 USD", "> 30,000,000,000 USD", "≥ 115,000,000,000 USD" (≈ marks approximate).
 */
export function formatMoneyExact(m: Money): string {
  const n = (value: number | null): string => GROUPED.format(value ?? 0);
  const about = m.approximate || m.qualifier === 'approx' ? '≈' : '';
  switch (m.qualifier) {
    case 'up-to':
      return `≤ ${about}${n(m.max)} ${m.currency}`;
    case 'over':
      return `> ${about}${n(m.min)} ${m.currency}`;
    case 'at-least':
      return `≥ ${about}${n(m.min)} ${m.currency}`;
    case 'range':
      if (m.min !== m.max) return `${about}${n(m.min)}–${n(m.max)} ${m.currency}`;
      return `${about}${n(m.min)} ${m.currency}`;
    default:
      return `${about}${n(m.min ?? m.max)} ${m.currency}`;
  }
}

/**
 * Writes a US-dollar axis tick in 万/億/兆 without the currency word, which the axis title carries:
 * 0 → "0", 2e11 → "2000億", 1e12 → "1兆", 1.2e12 → "1.2兆", -2e11 → "−2000億".
 */
export function formatUsdCompact(value: number): string {
  if (value === 0) return '0';
  const magnitude = japaneseUnits(Math.abs(value), 'decimal');
  // U+2212 rather than a hyphen, as d3-format writes negative ticks.
  return value < 0 ? `−${magnitude}` : magnitude;
}
