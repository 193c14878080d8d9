import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyExact, formatUsdCompact } from '../../../src/lib/money/format';
import { formatMoneyEn } from '../../../src/lib/money/format-en';
import { parseMoney } from '../../../src/lib/money/parse';
import type { Money, MoneyObject } from '../../../src/lib/money/types';

const parsed = (input: string | MoneyObject): Money => {
  const result = parseMoney(input);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('formatMoney', () => {
  it.each([
    '150億ドル',
    '1305億ドル',
    '8300億ドル',
    '7.5億ドル',
    '5000万ドル',
    '約2.2兆円',
    '約19.5兆円',
    '約124兆円',
    '500億円',
    '20億ユーロ',
    '200億〜260億ドル',
    '約200億〜260億ドル',
    '最大125億ドル',
    '300億ドル超',
    '1150億ドル以上',
    '1兆2000億ドル',
    '数十億ドル',
  ])('formatMoney(parseMoney(%j)) gives it back', (text) => {
    expect(formatMoney(parsed(text))).toBe(text);
  });

  it.each<[string, string]>([
    ['25億ドル級', '約25億ドル'],
    ['710億ドル規模', '約710億ドル'],
    ['1150億ドル超え', '1150億ドル超'],
    ['100億ドル未満', '最大100億ドル'],
    ['200〜260億ドル', '200億〜260億ドル'],
    ['１，３０５億ドル', '1305億ドル'],
    ['15,000,000,000 USD', '150億ドル'],
    ['1兆2000億円', '1.2兆円'],
  ])('formatMoney(parseMoney(%j)) is the article form %j', (text, written) => {
    expect(formatMoney(parsed(text))).toBe(written);
  });

  it.each<[MoneyObject, string]>([
    [{ value: 1.3e12, currency: 'USD' }, '1兆3000億ドル'],
    [{ value: 1e12, currency: 'USD' }, '1兆ドル'],
    [{ value: 9.99996e11, currency: 'USD' }, '1兆ドル'],
    [{ value: 9.5e7, currency: 'USD' }, '9500万ドル'],
    [{ value: 1.3e12, currency: 'JPY' }, '1.3兆円'],
    [{ value: 1.245e14, currency: 'JPY', qualifier: 'approx' }, '約124.5兆円'],
    [{ value: 5000, currency: 'EUR' }, '5000ユーロ'],
  ])('formatMoney(%o) is %j', (input, written) => {
    expect(formatMoney(parsed(input))).toBe(written);
  });

  it('formatMoney(1.3e12 USD, {trillions: "decimal"}) is 1.3兆ドル', () => {
    expect(formatMoney(parsed({ value: 1.3e12, currency: 'USD' }), { trillions: 'decimal' })).toBe(
      '1.3兆ドル',
    );
  });
});

describe('formatMoneyExact', () => {
  it.each<[string, string]>([
    ['150億ドル', '15,000,000,000 USD'],
    ['約2.2兆円', '≈2,200,000,000,000 JPY'],
    ['20億ユーロ', '2,000,000,000 EUR'],
    ['200億〜260億ドル', '20,000,000,000–26,000,000,000 USD'],
    ['最大125億ドル', '≤ 12,500,000,000 USD'],
    ['300億ドル超', '> 30,000,000,000 USD'],
    ['1150億ドル以上', '≥ 115,000,000,000 USD'],
  ])('formatMoneyExact(parseMoney(%j)) is %j', (text, exact) => {
    expect(formatMoneyExact(parsed(text))).toBe(exact);
  });

  it.each(['150億ドル', '1305億ドル', '500億円', '20億ユーロ'])(
    'parseMoney(formatMoneyExact(parseMoney(%j))) is the same amount',
    (text) => {
      const amount = parsed(text);
      expect(parsed(formatMoneyExact(amount))).toEqual({
        ...amount,
        text: formatMoneyExact(amount),
      });
    },
  );
});

describe('formatMoneyEn', () => {
  it.each<[string, string]>([
    ['150億ドル', '$15B'],
    ['1305億ドル', '$130.5B'],
    ['約2.2兆円', 'about ¥2.2T'],
    ['20億ユーロ', '€2B'],
    ['200億〜260億ドル', '$20B–$26B'],
    ['最大125億ドル', 'up to $12.5B'],
    ['300億ドル超', 'over $30B'],
    ['1150億ドル以上', 'at least $115B'],
    ['9500億ドル', '$950B'],
    ['9999.6億ドル', '$1T'],
    ['数百万ドル', 'about $1M–$9M'],
  ])('formatMoneyEn(parseMoney(%j)) is %j', (text, english) => {
    expect(formatMoneyEn(parsed(text))).toBe(english);
  });
});

describe('formatUsdCompact', () => {
  it.each<[number, string]>([
    [0, '0'],
    [2e11, '2000億'],
    [6e11, '6000億'],
    [1e12, '1兆'],
    [1.2e12, '1.2兆'],
    [2.5e8, '2.5億'],
    [5e7, '5000万'],
    [5000, '5000'],
    [-2e11, '−2000億'],
  ])('formatUsdCompact(%d) is %j', (value, tick) => {
    expect(formatUsdCompact(value)).toBe(tick);
  });
});
