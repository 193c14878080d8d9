import { MONEY_ERRORS as E, reject } from './errors';
import { SUFFIX_WORDS, scanAmount } from './grammar';
import type { ScanFailure } from './grammar';
import { normalizeText } from './normalize';
import { parseMoneyObject } from './parse-object';
import type { MoneyObject, ParseResult } from './types';

const NEGATIVE = /^(?:約|およそ|最大|最低|[$¥€]|\s)*(?:[-−–▲△]|マイナス)\s*\d/;

/**
 * Parses an amount as the articles write it (150億ドル, 約2.2兆円, 200〜260億ドル, 最大125億ドル,
 * 300億ドル超, 数十億ドル) or as {value | min, max, currency}; Money bounds are in whole currency units.
 * 未満 reads as up-to, 超え as over, 級/程度/規模/前後 as approx, 数十億 as the range 10億〜90億.
 */
export function parseMoney(input: string | MoneyObject): ParseResult {
  if (typeof input !== 'string') return parseMoneyObject(input);
  const text = input.trim();
  const label = `"${text}"`;
  if (text === '') return reject(label, E.empty());
  const s = normalizeText(text).text;
  if (NEGATIVE.test(s)) return reject(label, E.negative());
  if (!/\d|数/.test(s)) return reject(label, E.noNumber());
  const scanned = scanAmount(s, 0);
  if (!scanned.ok) return reject(label, explain(scanned, s));
  if (scanned.end < s.length) return reject(label, E.trailing(s.slice(scanned.end)));
  const { currency, min, max, qualifier, approximate } = scanned;
  return { ok: true, value: { currency, min, max, qualifier, approximate, text } };
}

function explain(failure: ScanFailure, s: string): string {
  switch (failure.reason) {
    case 'no-number':
      return E.noNumber();
    case 'no-currency':
      return currencyProblem(s.slice(failure.at).trim());
    case 'unit-order':
      return E.unitOrder();
    case 'bad-comma':
      return E.badComma();
    case 'range-end':
      return E.rangeEnd();
    case 'min-over-max':
      return E.minOverMax();
    case 'currency-mismatch':
      return E.currencyMismatch();
    case 'conflicting-bounds':
      return E.conflictingBounds(...(failure.words ?? ['', '']));
    case 'bounded-range':
      return E.boundedRange(failure.words?.[0] ?? '');
  }
}

// Whatever stands where the currency belongs, minus a trailing qualifier, is the unknown word.
function currencyProblem(rest: string): string {
  let word = rest;
  for (const [suffix] of SUFFIX_WORDS)
    if (word.endsWith(suffix)) word = word.slice(0, -suffix.length);
  return word === '' ? E.noCurrency() : E.unknownCurrency(word);
}
