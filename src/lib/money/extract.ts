import { PREFIX_WORDS, scanAmount } from './grammar';
import { normalizeText } from './normalize';
import type { Money } from './types';

/** One amount found in a text, with its offsets (UTF-16 code units, end exclusive) in the original text. */
export interface AmountSpan {
  money: Money;
  start: number;
  end: number;
}

const HAN = /\p{Script=Han}/u;

// An amount cannot start inside a number (the 50 of 150億ドル), and 約/最大 glued to a
// preceding kanji belong to a word (契約, 過去最大) rather than qualifying the figure.
function canStart(s: string, i: number): boolean {
  const previous = s[i - 1] ?? '';
  if (s[i] === ' ' || /[\d.,]/.test(previous)) return false;
  const prefixed = PREFIX_WORDS.some(([word]) => s.startsWith(word, i));
  return !(prefixed && HAN.test(previous));
}

/** Finds every amount in a text, in order, with where it stands; text is the original substring. */
export function extractAmountSpans(text: string): AmountSpan[] {
  const { text: s, origin } = normalizeText(text);
  const spans: AmountSpan[] = [];
  for (let i = 0; i < s.length;) {
    const scanned = canStart(s, i) ? scanAmount(s, i) : undefined;
    if (!scanned?.ok) {
      i += 1;
      continue;
    }
    const start = origin[i] ?? 0;
    const end = origin[scanned.end] ?? text.length;
    const { currency, min, max, qualifier, approximate } = scanned;
    spans.push({
      money: { currency, min, max, qualifier, approximate, text: text.slice(start, end) },
      start,
      end,
    });
    i = scanned.end;
  }
  return spans;
}

/** Finds every amount in a Japanese sentence, in order: 評価額8300億ドル(約124兆円) gives two. */
export function extractAmounts(text: string): Money[] {
  return extractAmountSpans(text).map((span) => span.money);
}

const close = (a: number | null, b: number | null, tolerance: number): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= tolerance * Math.max(a, b);

/** True when both amounts are in the same currency and each bound is equal within `tolerance` (a fraction; 0.005 = 0.5%); qualifiers are not compared. */
export function amountsAgree(a: Money, b: Money, tolerance = 0.005): boolean {
  return (
    a.currency === b.currency && close(a.min, b.min, tolerance) && close(a.max, b.max, tolerance)
  );
}
