import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  catalogueEntries,
  errorReference,
  withReference,
} from '../../../src/lib/validate/reference';

const CONTRIBUTING = fileURLToPath(new URL('../../../CONTRIBUTING.md', import.meta.url));

describe('the validation-message reference', () => {
  it('CONTRIBUTING.md holds exactly what npm run docs:errors would write', () => {
    const doc = readFileSync(CONTRIBUTING, 'utf8');
    expect(withReference(doc)).toBe(doc);
  });

  it('errorReference has one row per catalogue entry, parameters shown as ‹name›', () => {
    const rows = errorReference()
      .split('\n')
      .filter((l) => l.startsWith('| `'));
    expect(rows.map((r) => /^\| `(\w+)`/.exec(r)?.[1])).toEqual(
      catalogueEntries().map((e) => e.name),
    );
    expect(rows).toContain(
      '| `SymlinkRefused` | is a symbolic link; data files and folders must be real files | replace the link with a copy of the file, or delete it |',
    );
    expect(errorReference()).toContain('no company `‹id›` in data/companies/');
  });
});
