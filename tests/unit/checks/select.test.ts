import { describe, expect, it } from 'vitest';
import { CheckSchema } from '../../../src/schemas/checks';
import {
  bestSource,
  byVerdict,
  checkOf,
  checksFor,
  secondaryOnly,
  verdictCounts,
  type CheckRecord,
} from '../../../src/lib/checks/select';

const source = (kind: string, publisher = kind) => ({
  publisher,
  url: `https://example.com/${publisher}`,
  kind,
});

function check(id: string, fields: Record<string, unknown>): CheckRecord {
  const raw = {
    record: 'funding-rounds/example-labs-2025-11',
    field: 'amount',
    claim: { figure: '150億ドル', period: '2025-11' },
    verdict: 'consistent',
    sources: [source('company-announcement')],
    figure: '150億ドル',
    period: '2025-11-05',
    note: '一致する。',
    checked: '2026-12-01',
    ...fields,
  };
  return { id, ...CheckSchema.parse(raw) };
}

const amount = check('a', {});
const valuation = check('b', { field: 'valuation', verdict: 'contradicted' });
const internal = check('c', {
  kind: 'internal',
  record: 'capex/group',
  also: ['funding-rounds/example-labs-2025-11'],
  article: 'demo',
  passage: '合計で6900億ドル',
  sources: undefined,
});

describe('checksFor', () => {
  it('returns a record’s primary checks by field, then internal checks naming it in also', () => {
    const found = checksFor([internal, valuation, amount], 'funding-rounds/example-labs-2025-11');
    expect(found.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('returns nothing for a record no check names', () => {
    expect(checksFor([amount], 'deals/other')).toEqual([]);
  });
});

describe('checkOf', () => {
  it('finds the primary check of one field and ignores internal checks', () => {
    expect(checkOf([amount, valuation], 'funding-rounds/example-labs-2025-11', 'valuation')).toBe(
      valuation,
    );
    expect(checkOf([internal], 'capex/group', 'amount')).toBeUndefined();
  });
});

describe('bestSource and secondaryOnly', () => {
  it('ranks a filing above a company announcement above a press report', () => {
    const c = check('d', {
      sources: [source('secondary-report'), source('company-announcement'), source('filing')],
    });
    expect(bestSource(c)?.kind).toBe('filing');
    expect(secondaryOnly(c)).toBe(false);
  });

  it('says a check rests on press reports only when every source is one', () => {
    expect(secondaryOnly(check('e', { sources: [source('secondary-report')] }))).toBe(true);
  });
});

describe('byVerdict and verdictCounts', () => {
  it('groups in the order contradicted, partly, stale, unverified, consistent', () => {
    const groups = byVerdict([amount, valuation]);
    expect(groups.map((g) => [g.verdict, g.checks.map((c) => c.id)])).toEqual([
      ['contradicted', ['b']],
      ['partly', []],
      ['stale', []],
      ['unverified', []],
      ['consistent', ['a']],
    ]);
    expect(verdictCounts([amount, valuation, internal])).toEqual({
      contradicted: 1,
      partly: 0,
      stale: 0,
      unverified: 0,
      consistent: 2,
    });
  });
});
