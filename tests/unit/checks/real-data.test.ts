import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CheckSchema, VERDICTS } from '../../../src/schemas/checks';
import { checksFor, verdictCounts, type CheckRecord } from '../../../src/lib/checks/select';

const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));
const ids = (dataset: string) =>
  readdirSync(`${DATA}${dataset}`).map((f) => f.replace(/\.yaml$/, ''));
const checks: CheckRecord[] = readdirSync(`${DATA}checks`).map((f) => ({
  id: f.replace(/\.yaml$/, ''),
  ...CheckSchema.parse(parse(readFileSync(`${DATA}checks/${f}`, 'utf8'))),
}));

describe('data/checks/', () => {
  it.each(['funding-rounds', 'revenues', 'capex', 'deals'])(
    'every record in data/%s/ has a primary check of its amount with a verdict',
    (dataset) => {
      for (const id of ids(dataset)) {
        const amount = checksFor(checks, `${dataset}/${id}`).find(
          (c) => c.kind === 'primary' && c.field === 'amount',
        );
        expect(amount?.verdict, `${dataset}/${id}`).toBeOneOf([...VERDICTS]);
      }
    },
  );

  it('every check but an unverified one gives a figure and its period', () => {
    const open = checks.filter((c) => c.verdict !== 'unverified' && !(c.figure && c.period));
    expect(open.map((c) => c.id)).toEqual([]);
  });

  it('every primary check not unverified names a source', () => {
    const bare = checks.filter(
      (c) => c.kind === 'primary' && c.verdict !== 'unverified' && !c.sources?.length,
    );
    expect(bare.map((c) => c.id)).toEqual([]);
  });

  it('records each inconsistency inside 001 as an internal check of the record it concerns', () => {
    const internal = checks.filter(
      (c) => c.kind === 'internal' && c.article === 'openai-anthropic-funding',
    );
    expect(internal.map((c) => `${c.record} ${c.field}`).sort()).toEqual([
      'capex/hyperscalers-ai-capex-2026-690b amount', // 6900億 vs the three companies' parts
      'funding-rounds/anthropic-series-g date', // 先日 vs 000's 2025年11月
      'funding-rounds/xai-series-c amount', // 120億 vs 002's 200億
      'market-sizes/ai-chips-market amount', // 1150億ドル以上 used twice
      'revenues/anthropic-arr-2025-mid metric', // ARR called 年間売上
      'revenues/anthropic-arr-2026-forecast amount', // 260億 shared with OpenAI's forecast
    ]);
  });

  it('gives every internal check a second record or a second article to compare with', () => {
    const lone = checks.filter(
      (c) => c.kind === 'internal' && !c.also?.length && !/[a-z]+-[a-z0-9-]+/.test(c.period ?? ''),
    );
    expect(lone.map((c) => c.id)).toEqual([]);
  });

  it('verdict counts add up to the number of checks', () => {
    const counts = verdictCounts(checks);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(checks.length);
  });
});
