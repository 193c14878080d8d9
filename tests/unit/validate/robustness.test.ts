/**
 * Validator robustness: random bytes and random mutations of real records never crash or hang
 * it, and many copies of one round cost linear time and give one problem per copy.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateTree } from '../../../src/lib/validate/index';
import { mutate, random } from '../../support/random';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));
const ROUND = 'data/funding-rounds/example-labs-2025-11.yaml';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'validate-robust-'));
  cpSync(VALID, root, { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SPICE = [
  '\u0000',
  '\t',
  '\r',
  ':',
  ': ',
  '- ',
  '[',
  '{',
  '&a',
  '*a',
  '!x',
  '"',
  "'",
  '#',
  '<',
  '\uFEFF',
  '億',
  '兆',
  '-1',
  '1e999',
  '\n  ',
  '|',
  '>',
  '%',
  '@',
  '`',
];

/** 1-6 random deletions, insertions of SPICE, duplications of up to 40 and cuts of up to 10 characters. */
const MUTATION = { spice: SPICE, maxEdits: 6, maxCopy: 40, maxCut: 10 };

const realRecords = readdirSync(join(DATA, 'funding-rounds'))
  .concat(readdirSync(join(DATA, 'companies')).map((f) => `../companies/${f}`))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(DATA, 'funding-rounds', f), 'utf8'));

function assertSurvives(bytes: Uint8Array | string): void {
  writeFileSync(join(root, ROUND), bytes);
  const started = performance.now();
  const { problems } = validateTree({ root });
  expect(performance.now() - started).toBeLessThan(5000);
  expect(problems.filter((p) => p.code === 'CheckCrashed')).toEqual([]);
}

describe('validateTree under random input', () => {
  it('never crashes or hangs on 150 files of random bytes', () => {
    const next = random(9);
    for (let i = 0; i < 150; i++) {
      const bytes = Uint8Array.from({ length: Math.floor(next() * 600) }, () =>
        Math.floor(next() * 256),
      );
      assertSurvives(bytes);
    }
  }, 30_000);

  it('never crashes or hangs on 300 random mutations of real records', () => {
    const next = random(42);
    for (let i = 0; i < 300; i++) {
      assertSurvives(mutate(realRecords[Math.floor(next() * realRecords.length)]!, next, MUTATION));
    }
  }, 30_000);
});

describe('validateTree on many copies of one round', () => {
  it('gives one duplicate problem per copy for 600 copies, in well under 5 s', () => {
    const tree = mkdtempSync(join(tmpdir(), 'validate-copies-'));
    try {
      cpSync(VALID, tree, { recursive: true });
      const text = readFileSync(join(tree, ROUND), 'utf8');
      for (let i = 0; i < 600; i++) {
        writeFileSync(join(tree, `data/funding-rounds/copy-${i}.yaml`), text);
      }
      const started = performance.now();
      const { problems } = validateTree({ root: tree });
      expect(performance.now() - started).toBeLessThan(5000);
      const duplicates = problems.filter((p) => p.code === 'DuplicateRound');
      expect(duplicates).toHaveLength(601);
      expect(duplicates[0]?.message).toMatch(/ and 599 more$/);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  }, 30_000);
});
