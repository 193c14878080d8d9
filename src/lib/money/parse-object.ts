import { MONEY_ERRORS as E, reject } from './errors';
import { formatMoney } from './format';
import type { Money, MoneyObject, ParseResult, Qualifier } from './types';

const CURRENCIES: readonly string[] = ['USD', 'JPY', 'EUR'];

// Which qualifiers fit which fields; the first is the default when none is given.
const FITTING: Record<'value' | 'min-max' | 'min' | 'max', readonly Qualifier[]> = {
  value: ['exact', 'approx', 'up-to', 'over', 'at-least'],
  'min-max': ['range'],
  min: ['at-least', 'over'],
  max: ['up-to'],
};

// {value: NaN, currency: USD} rather than JSON, which would print NaN as null.
const describe = (input: MoneyObject): string =>
  `{${Object.entries(input)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(', ')}}`;

/** Parses the object form {value, currency} or {min?, max?, currency}, amounts in whole currency units. */
export function parseMoneyObject(input: MoneyObject): ParseResult {
  const label = describe(input);
  const { value, min, max, currency } = input;
  if (!CURRENCIES.includes(currency)) return reject(label, E.unknownCurrencyCode(String(currency)));
  const given = [value, min, max].filter((n) => n !== undefined);
  if (given.length === 0) return reject(label, E.noValue());
  if (value !== undefined && given.length > 1) return reject(label, E.valueAndBounds());
  if (!given.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return reject(label, E.notFinite());
  }
  if (given.some((n) => n < 0)) return reject(label, E.negative());
  if (min !== undefined && max !== undefined && min > max) return reject(label, E.minOverMax());
  const shape =
    value !== undefined
      ? 'value'
      : min === undefined
        ? 'max'
        : max === undefined
          ? 'min'
          : 'min-max';
  const allowed = FITTING[shape];
  const qualifier = input.qualifier ?? allowed[0] ?? 'exact';
  if (!allowed.includes(qualifier)) return reject(label, E.qualifierMismatch(qualifier, allowed));
  const low = value ?? min;
  const high = value ?? max;
  const money: Money = {
    currency,
    min: qualifier === 'up-to' || low === undefined ? null : low,
    max: qualifier === 'over' || qualifier === 'at-least' || high === undefined ? null : high,
    qualifier,
    approximate: qualifier === 'approx',
    text: '',
  };
  return { ok: true, value: { ...money, text: formatMoney(money) } };
}
