import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem, validateTree } from '../../../src/lib/validate/index';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const ROUND = 'data/funding-rounds/example-labs-2025-11.yaml';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'validate-tree-'));
  cpSync(VALID, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

const roundText = () => readFileSync(join(root, ROUND), 'utf8');
const lines = (only?: string[]) =>
  validateTree({ root, ...(only ? { only } : {}) }).problems.map(formatProblem);

describe('validateTree on a copy of the valid fixture', () => {
  it.each<[string, string, string | Uint8Array, string]>([
    [
      'non-UTF-8 bytes',
      'data/funding-rounds/latin1.yaml',
      Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'data/funding-rounds/latin1.yaml: encoding: file is not valid UTF-8 text (hint: save it as UTF-8; Shift_JIS and Latin-1 bytes are not accepted)',
    ],
    [
      'a file over 256 KB',
      'data/funding-rounds/huge.yaml',
      `notes: ${'x'.repeat(300 * 1024)}\n`,
      'data/funding-rounds/huge.yaml: file: file is 301 KB, over the 256 KB limit (hint: one record per file; long text belongs in the article, not the data)',
    ],
    [
      'an unknown dataset folder',
      'data/fundingrounds/a.yaml',
      'company: example-labs\n',
      'data/fundingrounds/a.yaml: file: unknown dataset folder `fundingrounds` (hint: did you mean funding-rounds?)',
    ],
    [
      'a record directly in data/',
      'data/stray.yaml',
      'company: example-labs\n',
      'data/stray.yaml: file: unknown dataset folder `(none)` (hint: put records in data/<dataset>/, named as in data/README.md)',
    ],
    [
      'a .yml file',
      'data/companies/acme.yml',
      'name: Acme\n',
      'data/companies/acme.yml: file: not a .yaml file, so the site does not load it (hint: rename it to <id>.yaml (.yml is not loaded), or move it out of data/)',
    ],
    [
      'an invalid exchange-rate table',
      'data/fx-rates.yaml',
      'base: USD\nrates: []\n',
      'data/fx-rates.yaml: fx: invalid FX table: ✖ Too small: expected array to have >=1 items → at rates',
    ],
  ])('validateTree reports %s', (_, path, content, expected) => {
    write(path, content);
    expect(lines()).toEqual([expected]);
  });

  it('validateTree reports a missing data/fx-rates.yaml', () => {
    rmSync(join(root, 'data/fx-rates.yaml'));
    expect(lines()).toEqual([
      'data/fx-rates.yaml: file: exchange-rate table is missing (hint: restore data/fx-rates.yaml; amounts in 円 or ユーロ cannot be compared without it)',
    ]);
  });

  it('validateTree refuses a record in a sub-folder of its dataset, as the build does', () => {
    write(
      'data/funding-rounds/2025/example-labs-2025-11.yaml',
      roundText().replace("'2025-11'", "'2025-10'"),
    );
    expect(lines()).toEqual([
      'data/funding-rounds/2025/example-labs-2025-11.yaml: file: records go directly in data/funding-rounds/, not in a sub-folder (hint: move the file to data/funding-rounds/<id>.yaml)',
    ]);
  });

  it('validateTree reports a round recorded twice on both files, naming the other', () => {
    write('data/funding-rounds/example-labs-copy.yaml', roundText());
    expect(lines()).toEqual([
      `${ROUND}: id: same company, date and amount as data/funding-rounds/example-labs-copy.yaml (hint: keep one record and move the other one’s sources into it)`,
      `data/funding-rounds/example-labs-copy.yaml: id: same company, date and amount as ${ROUND} (hint: keep one record and move the other one’s sources into it)`,
    ]);
  });

  it('validateTree({only}) reports only on the named files but resolves references against all of data/', () => {
    write('data/funding-rounds/broken.yaml', 'company: [\n');
    write(
      'data/revenues/acme.yaml',
      readFileSync(join(root, 'data/revenues/example-labs-arr-2025.yaml'), 'utf8'),
    );
    const result = validateTree({ root, only: ['data/revenues/acme.yaml'] });
    expect(result.problems.map(formatProblem)).toEqual([
      'data/revenues/acme.yaml: conflicts_with.0: `example-labs-arr-2025-low` does not list this record in its conflicts_with (hint: add acme to conflicts_with in data/revenues/example-labs-arr-2025-low.yaml)',
    ]);
    expect(result.filesChecked).toBe(1);
  });

  it('validateTree({only: [outside copy]}) checks the copy in place of the data/ record with its id', () => {
    const outside = mkdtempSync(join(tmpdir(), 'validate-outside-'));
    const copy = join(outside, 'funding-rounds', 'example-labs-2025-11.yaml');
    mkdirSync(dirname(copy));
    writeFileSync(copy, roundText().replace('amount: 150億ドル', 'amount: -5億ドル'));
    try {
      expect(lines([copy])).toEqual([
        `${copy}: amount: "-5億ドル": negative amounts are not allowed (hint: amounts are sizes; say who pays whom with from/to, or explain in notes)`,
      ]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('validateTree({only: [missing file]}) reports it as unreadable', () => {
    const result = lines(['data/funding-rounds/nope.yaml']);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(
      /^data\/funding-rounds\/nope\.yaml: file: could not read the file: ENOENT/,
    );
  });

  it('validateTree accepts a date YAML reads as a number (date: 2025)', () => {
    write(ROUND, roundText().replace("date: '2025-11'", 'date: 2025'));
    expect(lines()).toEqual([]);
  });
});
