import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../src/lib/money/parse';
import type { Currency, Money, MoneyObject, Qualifier } from '../../../src/lib/money/types';

const money = (
  currency: Currency,
  min: number | null,
  max: number | null,
  qualifier: Qualifier,
  approximate: boolean,
  text: string,
): Money => ({ currency, min, max, qualifier, approximate, text });

const short = (n: number | null): string =>
  n === null ? '…' : n.toExponential().replace('e+', 'e');
/** Names a case after its expected reading: "1.5e10 USD exact", "2e10–2.6e10 USD range ≈". */
const named = <T>(rows: [T, Money][]) =>
  rows.map(([input, expected]) => ({
    input,
    expected,
    reading: `${expected.min === expected.max ? short(expected.min) : `${short(expected.min)}–${short(expected.max)}`} ${expected.currency} ${expected.qualifier}${expected.approximate ? ' ≈' : ''}`,
  }));

describe('parseMoney(text)', () => {
  it.each(
    named<string>([
      ['150億ドル', money('USD', 15e9, 15e9, 'exact', false, '150億ドル')],
      ['150億米ドル', money('USD', 15e9, 15e9, 'exact', false, '150億米ドル')],
      ['1,305億ドル', money('USD', 1305e8, 1305e8, 'exact', false, '1,305億ドル')],
      ['１，３０５億ドル', money('USD', 1305e8, 1305e8, 'exact', false, '１，３０５億ドル')],
      ['150ﾄﾞﾙ', money('USD', 150, 150, 'exact', false, '150ﾄﾞﾙ')],
      ['  150億ドル ', money('USD', 15e9, 15e9, 'exact', false, '150億ドル')],
      ['20億ユーロ', money('EUR', 2e9, 2e9, 'exact', false, '20億ユーロ')],
      ['500億円', money('JPY', 5e10, 5e10, 'exact', false, '500億円')],
      ['1兆2000億円', money('JPY', 1.2e12, 1.2e12, 'exact', false, '1兆2000億円')],
      ['1億5000万ドル', money('USD', 1.5e8, 1.5e8, 'exact', false, '1億5000万ドル')],
      ['1万2345円', money('JPY', 12345, 12345, 'exact', false, '1万2345円')],
      ['$150億', money('USD', 15e9, 15e9, 'exact', false, '$150億')],
      ['15,000,000,000 USD', money('USD', 15e9, 15e9, 'exact', false, '15,000,000,000 USD')],
      ['約2.2兆円', money('JPY', 2.2e12, 2.2e12, 'approx', true, '約2.2兆円')],
      ['約１９．５兆円', money('JPY', 19.5e12, 19.5e12, 'approx', true, '約１９．５兆円')],
      ['およそ20億ユーロ', money('EUR', 2e9, 2e9, 'approx', true, 'およそ20億ユーロ')],
      ['50億ドル程度', money('USD', 5e9, 5e9, 'approx', true, '50億ドル程度')],
      ['25億ドル級', money('USD', 2.5e9, 2.5e9, 'approx', true, '25億ドル級')],
      ['710億ドル規模', money('USD', 710e8, 710e8, 'approx', true, '710億ドル規模')],
      ['約2000億ドル級', money('USD', 2e11, 2e11, 'approx', true, '約2000億ドル級')],
      ['200億〜260億ドル', money('USD', 2e10, 2.6e10, 'range', false, '200億〜260億ドル')],
      ['200〜260億ドル', money('USD', 2e10, 2.6e10, 'range', false, '200〜260億ドル')],
      ['200億~260億ドル', money('USD', 2e10, 2.6e10, 'range', false, '200億~260億ドル')],
      ['200億～260億ドル', money('USD', 2e10, 2.6e10, 'range', false, '200億～260億ドル')],
      ['200億-260億ドル', money('USD', 2e10, 2.6e10, 'range', false, '200億-260億ドル')],
      ['200億–260億ドル', money('USD', 2e10, 2.6e10, 'range', false, '200億–260億ドル')],
      ['200億ドル〜260億ドル', money('USD', 2e10, 2.6e10, 'range', false, '200億ドル〜260億ドル')],
      ['約200億〜260億ドル', money('USD', 2e10, 2.6e10, 'range', true, '約200億〜260億ドル')],
      ['最大125億ドル', money('USD', null, 1.25e10, 'up-to', false, '最大125億ドル')],
      ['最大約125億ドル', money('USD', null, 1.25e10, 'up-to', true, '最大約125億ドル')],
      ['100億ドル以下', money('USD', null, 1e10, 'up-to', false, '100億ドル以下')],
      ['100億ドル未満', money('USD', null, 1e10, 'up-to', false, '100億ドル未満')],
      ['300億ドル超', money('USD', 3e10, null, 'over', false, '300億ドル超')],
      ['1150億ドル超え', money('USD', 1150e8, null, 'over', false, '1150億ドル超え')],
      ['1150億ドル以上', money('USD', 1150e8, null, 'at-least', false, '1150億ドル以上')],
      ['最低50億ドル', money('USD', 5e9, null, 'at-least', false, '最低50億ドル')],
      ['数十億ドル', money('USD', 1e9, 9e9, 'range', true, '数十億ドル')],
      ['数百億ドル', money('USD', 1e10, 9e10, 'range', true, '数百億ドル')],
      ['数百万ドル', money('USD', 1e6, 9e6, 'range', true, '数百万ドル')],
      ['数兆円', money('JPY', 1e12, 9e12, 'range', true, '数兆円')],
      ['数十億ドル規模', money('USD', 1e9, 9e9, 'range', true, '数十億ドル規模')],
    ]),
  )('parseMoney("$input") is $reading', ({ input, expected }) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string]>([
    ['', '"": empty amount (write e.g. 150億ドル)'],
    ['abc', '"abc": no number found'],
    ['約ドル', '"約ドル": no number found'],
    ['-5億ドル', '"-5億ドル": negative amounts are not allowed'],
    ['約−5億ドル', '"約−5億ドル": negative amounts are not allowed'],
    ['150億', '"150億": no currency (write ドル, 円 or ユーロ)'],
    ['150億超', '"150億超": no currency (write ドル, 円 or ユーロ)'],
    ['150億ポンド', '"150億ポンド": unknown currency "ポンド" (use ドル, 円 or ユーロ)'],
    ['150億ポンド超', '"150億ポンド超": unknown currency "ポンド" (use ドル, 円 or ユーロ)'],
    ['150億ドルです', '"150億ドルです": unexpected text "です" after the amount'],
    ['150億ドル〜', '"150億ドル〜": unexpected text "〜" after the amount'],
    ['300億〜200億ドル', '"300億〜200億ドル": range minimum is larger than maximum'],
    ['200億〜ドル', '"200億〜ドル": no number after the range sign (write 200億〜260億ドル)'],
    ['200億ドル〜260億円', '"200億ドル〜260億円": range ends use different currencies'],
    ['2000億1兆円', '"2000億1兆円": units out of order (write 兆 before 億 before 万)'],
    ['1,30億ドル', '"1,30億ドル": misplaced comma (group digits in threes: 1,305億ドル)'],
    ['最大300億ドル超', '"最大300億ドル超": conflicting qualifiers "最大" and "超" (keep one)'],
    [
      '200億〜260億ドル超',
      '"200億〜260億ドル超": a range cannot also carry "超" (write 200億〜260億ドル or 200億ドル超)',
    ],
  ])('parseMoney(%j) fails: %s', (input, error) => {
    expect(parseMoney(input)).toEqual({ ok: false, error });
  });
});

describe('parseMoney(object)', () => {
  it.each(
    named<MoneyObject>([
      [{ value: 15e9, currency: 'USD' }, money('USD', 15e9, 15e9, 'exact', false, '150億ドル')],
      [
        { value: 2.2e12, currency: 'JPY', qualifier: 'approx' },
        money('JPY', 2.2e12, 2.2e12, 'approx', true, '約2.2兆円'),
      ],
      [
        { min: 2e10, max: 2.6e10, currency: 'USD' },
        money('USD', 2e10, 2.6e10, 'range', false, '200億〜260億ドル'),
      ],
      [
        { max: 1.25e10, currency: 'USD' },
        money('USD', null, 1.25e10, 'up-to', false, '最大125億ドル'),
      ],
      [
        { value: 1.25e10, currency: 'USD', qualifier: 'up-to' },
        money('USD', null, 1.25e10, 'up-to', false, '最大125億ドル'),
      ],
      [
        { min: 3e10, currency: 'USD', qualifier: 'over' },
        money('USD', 3e10, null, 'over', false, '300億ドル超'),
      ],
      [
        { min: 1150e8, currency: 'USD' },
        money('USD', 1150e8, null, 'at-least', false, '1150億ドル以上'),
      ],
      [{ value: 2e9, currency: 'EUR' }, money('EUR', 2e9, 2e9, 'exact', false, '20億ユーロ')],
    ]),
  )('parseMoney($input) is $reading, written $expected.text', ({ input, expected }) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it.each<[MoneyObject, string]>([
    [{ currency: 'USD' }, '{currency: USD}: give value, or min and/or max'],
    [
      { value: 1, min: 1, currency: 'USD' },
      '{value: 1, min: 1, currency: USD}: give either value or min/max, not both',
    ],
    [
      { value: -5e8, currency: 'USD' },
      '{value: -500000000, currency: USD}: negative amounts are not allowed',
    ],
    [
      { value: NaN, currency: 'USD' },
      '{value: NaN, currency: USD}: amounts must be finite numbers',
    ],
    [
      { min: 3e10, max: 2e10, currency: 'USD' },
      '{min: 30000000000, max: 20000000000, currency: USD}: range minimum is larger than maximum',
    ],
    [
      { value: 5e9, currency: 'USD', qualifier: 'range' },
      '{value: 5000000000, currency: USD, qualifier: range}: qualifier "range" does not fit these fields (use exact, approx, up-to, over, at-least)',
    ],
    [
      { max: 5e9, currency: 'USD', qualifier: 'over' },
      '{max: 5000000000, currency: USD, qualifier: over}: qualifier "over" does not fit these fields (use up-to)',
    ],
    [
      { value: 5e9, currency: 'GBP' as Currency },
      '{value: 5000000000, currency: GBP}: unknown currency "GBP" (use USD, JPY or EUR)',
    ],
  ])('parseMoney(%o) fails: %s', (input, error) => {
    expect(parseMoney(input)).toEqual({ ok: false, error });
  });
});
