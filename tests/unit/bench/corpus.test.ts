import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/corpus';
import { countsFor } from '../../../scripts/bench/sizes';
import { writeFiles } from '../../../scripts/bench/workspace';
import { main as ingest } from '../../../src/lib/ingest/main';
import { validateTree } from '../../../src/lib/validate/tree';

const fx = readFileSync(join(import.meta.dirname, '../../../data/fx-rates.yaml'), 'utf8');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes a corpus to a fresh folder and runs the project's ingest over its sources. */
async function ingested(seed: number) {
  const corpus = generateCorpus(countsFor('1x'), seed, fx);
  const root = mkdtempSync(join(tmpdir(), 'bench-corpus-test-'));
  dirs.push(root);
  writeFiles(root, corpus.files);
  const quiet = () => {};
  const status = await ingest(['--out', 'content/articles', 'content/sources'], {
    cwd: root,
    stdout: quiet,
    stderr: quiet,
  });
  return { corpus, root, status };
}

describe('generateCorpus at 1x', () => {
  it('has the record counts of the size, per dataset', () => {
    const { stats } = generateCorpus(countsFor('1x'), 1, fx);
    expect(stats.records).toMatchObject({ companies: 21, 'funding-rounds': 8, deals: 9 });
    expect(stats.articles).toBe(5);
  });

  it('gives the same files for the same seed and different files for another', () => {
    const a = generateCorpus(countsFor('1x'), 7, fx).files;
    expect(generateCorpus(countsFor('1x'), 7, fx).files).toEqual(a);
    expect(generateCorpus(countsFor('1x'), 8, fx).files).not.toEqual(a);
  });

  it.each([1, 2])(
    'seed %i: ingests cleanly, validates with no problem, and still does with the held-back round',
    async (seed) => {
      const { corpus, root, status } = await ingested(seed);
      expect(status).toBe(0);
      expect(validateTree({ root }).problems).toEqual([]);
      writeFiles(root, [corpus.extraRound]);
      const result = validateTree({ root });
      expect(result.problems).toEqual([]);
      const dataFiles = corpus.files.filter((f) => f.path.startsWith('data/')).length;
      expect(result.filesChecked).toBe(dataFiles + 1);
    },
  );

  it('lists each company once with its rounds for the peers', () => {
    const { companyRounds, stats } = generateCorpus(countsFor('1x'), 5, fx);
    expect(companyRounds).toHaveLength(21);
    expect(companyRounds.flatMap((c) => c.rounds)).toHaveLength(stats.records['funding-rounds']!);
  });
});
