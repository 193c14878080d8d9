import { describe, expect, it } from 'vitest';
import { countsFor, isSizeName } from '../../../scripts/bench/sizes';

describe('countsFor', () => {
  it('1x is the real corpus: 8 rounds, 21 companies, 9 deals, 5 articles', () => {
    expect(countsFor('1x')).toEqual({ rounds: 8, companies: 21, deals: 9, articles: 5 });
  });

  it('10k is about 2,500 companies, 11,000 deals and 500 articles', () => {
    const c = countsFor('10k');
    expect(c.rounds).toBe(10_000);
    expect(c.companies).toBeGreaterThan(2_400);
    expect(c.companies).toBeLessThan(2_600);
    expect(c.deals).toBeGreaterThan(10_900);
    expect(c.deals).toBeLessThan(11_500);
    expect(c.articles).toBeGreaterThan(480);
    expect(c.articles).toBeLessThan(520);
  });

  it.each([
    ['10x', 80],
    ['100x', 800],
  ] as const)('%s has %i rounds', (size, rounds) => {
    expect(countsFor(size).rounds).toBe(rounds);
  });

  it('isSizeName accepts the named sizes only', () => {
    expect(isSizeName('100x')).toBe(true);
    expect(isSizeName('1000x')).toBe(false);
  });
});
