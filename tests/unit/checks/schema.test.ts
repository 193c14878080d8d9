import { describe, expect, it } from 'vitest';
import { CheckSchema } from '../../../src/schemas/checks';

const valid = {
  record: 'funding-rounds/example-labs-2025-11',
  field: 'amount',
  claim: { figure: '150億ドル', period: '2025-11' },
  verdict: 'consistent',
  sources: [{ publisher: 'Example', url: 'https://example.com/', kind: 'filing' }],
  figure: '約1900億ドル',
  period: '2026',
  note: '一致する。',
  checked: '2026-12-01',
};

describe('CheckSchema', () => {
  it('parses the source figure with the money parser', () => {
    const figure = CheckSchema.parse(valid).figure;
    expect(figure?.kind).toBe('money');
    expect(figure?.kind === 'money' && figure.money.min).toBe(190_000_000_000);
  });

  it('reads a percentage with its bound', () => {
    const figure = CheckSchema.parse({ ...valid, figure: '1%以上' }).figure;
    expect(figure).toEqual({
      kind: 'percent',
      text: '1%以上',
      value: 1,
      approximate: false,
      bound: 'at-least',
    });
  });

  it('lets an unverified check have no sources and no figure', () => {
    const open = { ...valid, verdict: 'unverified', sources: undefined, figure: undefined };
    expect(CheckSchema.safeParse({ ...open, period: undefined }).success).toBe(true);
  });

  it('requires the period of a figure', () => {
    const issues = CheckSchema.safeParse({ ...valid, period: undefined }).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['period', 'give the period of the figure'],
    ]);
  });

  it('requires an internal check to name its article passage', () => {
    const issues =
      CheckSchema.safeParse({ ...valid, kind: 'internal', article: 'demo' }).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toEqual(['passage']);
  });

  it('rejects a source that is not a web address', () => {
    const sources = [{ ...valid.sources[0], url: 'ftp://example.com/' }];
    expect(CheckSchema.safeParse({ ...valid, sources }).success).toBe(false);
  });
});
