import { describe, expect, it } from 'vitest';
import { usdAmount } from '../../../../src/lib/data/series/amount';
import { parseMoney, type Money } from '../../../../src/lib/money';
import { testContext } from '../../../fixtures/charts/factories';

function money(text: string): Money {
  const r = parseMoney(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('usdAmount(money, ctx)', () => {
  it.each([
    ['150億ドル', 15e9, 15e9, '150億ドル'],
    ['最大125億ドル', null, 12.5e9, '最大125億ドル'],
    ['300億ドル超', 30e9, null, '300億ドル超'],
    ['200億〜260億ドル', 20e9, 26e9, '200億〜260億ドル'],
  ])('usdAmount(%s) keeps bounds %s–%s and the label %s', (text, lo, hi, label) => {
    expect(usdAmount(money(text), testContext)).toMatchObject({ lo, hi, label });
  });

  it('usdAmount("約75億ドル") is approximate', () => {
    expect(usdAmount(money('約75億ドル'), testContext)?.approximate).toBe(true);
  });

  it('usdAmount("20億ユーロ") converts to USD and keeps the euro label', () => {
    const a = usdAmount(money('20億ユーロ'), testContext);
    expect(a?.lo).toBeCloseTo(2.2e9, 0);
    expect(a?.label).toBe('20億ユーロ');
    expect(a?.converted).toBe('約22億ドル');
  });

  it('usdAmount("2兆円") is undefined when no yen rate is known', () => {
    expect(usdAmount(money('2兆円'), testContext)).toBeUndefined();
  });

  it('usdAmount(undefined) is undefined', () => {
    expect(usdAmount(undefined, testContext)).toBeUndefined();
  });
});
