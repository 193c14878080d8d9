import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/validate/problem';
import { checkShape } from '../../../src/lib/validate/shape';
import { FundingRoundSchema } from '../../../src/schemas/funding-rounds';
import { MarketSizeSchema } from '../../../src/schemas/market-sizes';

const ROUND = {
  company: 'example-labs',
  status: 'closed',
  date: '2025-11',
  amount: '150億ドル',
  sources: [{ article: 'demo-funding', quote: '150億ドルを調達' }],
};

const lines = (schema: typeof FundingRoundSchema | typeof MarketSizeSchema, raw: object) => {
  const shaped = checkShape(schema, raw as Record<string, unknown>, 'r.yaml');
  return shaped.ok ? [] : shaped.problems.map(formatProblem);
};

describe('checkShape', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['a valid round', {}, []],
    [
      'a typo inside an amount object',
      { amount: { value: 15e9, currency: 'USD', qualifer: 'approx' } },
      ['r.yaml: amount.qualifer: unknown key `qualifer` (hint: did you mean qualifier?)'],
    ],
    [
      'a typo inside a source',
      { sources: [{ article: 'demo-funding', qoute: '150億ドルを調達' }] },
      ['r.yaml: sources.0.qoute: unknown key `qoute` (hint: did you mean quote?)'],
    ],
    [
      'an instrument that does not exist',
      { instruments: { equty: '75億ドル' } },
      ['r.yaml: instruments.equty: unknown key `equty` (hint: did you mean equity?)'],
    ],
    [
      'an amount given as a bare number',
      { amount: 15e9 },
      ['r.yaml: amount: expected string or object, got number `15000000000`'],
    ],
    [
      'an unknown currency',
      { amount: '150億ポンド' },
      ['r.yaml: amount: "150億ポンド": unknown currency "ポンド" (use ドル, 円 or ユーロ)'],
    ],
    [
      'a missing status',
      { status: undefined },
      [
        'r.yaml: status: required field is missing (hint: one of rumored, in-talks, announced, closed)',
      ],
    ],
    [
      'investors written as one string',
      { investors: 'google' },
      ['r.yaml: investors: expected array, got string `google`'],
    ],
  ])('checkShape(FundingRoundSchema, round with %s)', (_, change, expected) => {
    expect(lines(FundingRoundSchema, { ...ROUND, ...change })).toEqual(expected);
  });

  it('checkShape(MarketSizeSchema) reports the refinement on its field', () => {
    const raw = { market: 'ai', basis: 'forecast', sources: ROUND.sources };
    expect(lines(MarketSizeSchema, raw)).toEqual([
      'r.yaml: amount: give an amount, a cagr or a growth_yoy',
    ]);
  });
});
