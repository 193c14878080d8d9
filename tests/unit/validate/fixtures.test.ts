import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateTree } from '../../../src/lib/validate/index';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const VALID = join(FIXTURES, 'valid');
const INVALID = join(FIXTURES, 'invalid');

/** Each broken file in tests/fixtures/invalid/ and the exact lines it produces, path omitted. */
const EXPECTED: [string, string[]][] = [
  [
    'funding-rounds/amount-negative.yaml',
    [
      'amount: "-5億ドル": negative amounts are not allowed (hint: amounts are sizes; say who pays whom with from/to, or explain in notes)',
    ],
  ],
  ['funding-rounds/unknown-key.yaml', ['amont: unknown key `amont` (hint: did you mean amount?)']],
  [
    'funding-rounds/missing-company.yaml',
    ['company: no company `example-lab` in data/companies/ (hint: did you mean example-labs?)'],
  ],
  [
    'funding-rounds/quote-not-in-article.yaml',
    [
      'sources.0.quote: quote not found in article `demo-funding` (hint: the article matches up to 「、150億ドル(約2.2兆円)を調達し、」; copy the rest verbatim)',
    ],
  ],
  [
    'funding-rounds/quote-figure-disagrees.yaml',
    [
      'sources.0.quote: the quote states 150億ドル, 約2.2兆円, which matches none of amount 200億ドル (hint: quote the sentence that states the recorded figure, or correct the figure)',
      'amount: no quote states 200億ドル (hint: add a source whose quote contains the figure (another currency counts within 10%))',
    ],
  ],
  [
    'funding-rounds/valuation-below-amount.yaml',
    [
      'valuation: valuation 100億ドル is below the amount 150億ドル (hint: valuation is post-money; check for swapped fields or a missing 億/兆)',
    ],
  ],
  [
    'funding-rounds/duplicate-round.yaml',
    [
      'id: same company, date and amount as data/funding-rounds/example-labs-2025-11.yaml (hint: keep one record and move the other one’s sources into it)',
    ],
  ],
  [
    'funding-rounds/bad-date.yaml',
    ['date: `2025-13` is not in the expected format (hint: write YYYY, YYYY-MM or YYYY-MM-DD)'],
  ],
  [
    'funding-rounds/bad-status.yaml',
    [
      'status: `rumoured` is not one of rumored, in-talks, announced, closed (hint: did you mean rumored?)',
    ],
  ],
  [
    'funding-rounds/missing-sources.yaml',
    [
      'sources: required field is missing (hint: add sources: [{article: <slug>, quote: <a sentence copied from it>}])',
    ],
  ],
  [
    'funding-rounds/unknown-article.yaml',
    [
      'sources.0.article: no article `demo-fundng` in content/articles/ (hint: did you mean demo-funding?)',
    ],
  ],
  [
    'funding-rounds/yaml-syntax.yaml',
    [
      'yaml: line 3, column 8: Nested mappings are not allowed in compact mappings (hint: quote values that contain ": " or start with a special character)',
    ],
  ],
  [
    'funding-rounds/empty.yaml',
    ['file: file is empty (hint: write the record as `field: value` lines, or delete the file)'],
  ],
  [
    'funding-rounds/not-mapping.yaml',
    [
      'yaml: the top level is a list, not a mapping of field: value (hint: write one record per file as `field: value` lines)',
    ],
  ],
  [
    'funding-rounds/alias-bomb.yaml',
    [
      'yaml: too many aliases (more than 100 *references) (hint: write the values out instead of repeating *aliases)',
    ],
  ],
  [
    'funding-rounds/Bad_Id.yaml',
    [
      'id: file name `Bad_Id` is not a valid id (hint: use lower-case ASCII words joined by hyphens, e.g. openai-2025-03)',
    ],
  ],
  [
    'fundng-rounds/unknown-folder.yaml',
    ['file: unknown dataset folder `fundng-rounds` (hint: did you mean funding-rounds?)'],
  ],
  [
    'revenues/one-sided-conflict.yaml',
    [
      'conflicts_with.0: `example-labs-arr-2025` does not list this record in its conflicts_with (hint: add one-sided-conflict to conflicts_with in data/revenues/example-labs-arr-2025.yaml)',
    ],
  ],
  [
    'revenues/unknown-conflict.yaml',
    [
      'conflicts_with.0: no revenues record `example-labs-arr-2024` (hint: did you mean example-labs-arr-2025?)',
    ],
  ],
  [
    'funding-rounds/quote-without-figure.yaml',
    [
      'sources.1.quote: the quote states no figure (hint: quote the sentence with the figure, or mark the source `context: true`)',
    ],
  ],
  [
    'checks/unknown-verdict.yaml',
    ['verdict: `confirmed` is not one of contradicted, partly, stale, unverified, consistent'],
  ],
  [
    'checks/missing-sources.yaml',
    ['sources: a consistent check needs at least one source (only unverified may have none)'],
  ],
  [
    'checks/unreadable-figure.yaml',
    ['figure: "150 billion": unknown currency "billion" (use ドル, 円 or ユーロ)'],
  ],
  [
    'checks/funding-rounds--example-labs-2025-12--amount.yaml',
    [
      'record: no record `example-labs-2025-12` in data/funding-rounds/ (hint: did you mean example-labs-2025-11?)',
    ],
  ],
  [
    'checks/funding-rounds--example-labs-2025-11--amout.yaml',
    [
      'field: record `funding-rounds/example-labs-2025-11` has no field `amout` (hint: did you mean amount?)',
    ],
  ],
  [
    'checks/funding-rounds--example-labs-2025-11--amount.yaml',
    [
      'figure: `15%` is not an amount, as `amount` is (hint: give the figure in the unit of the field checked (150億ドル, 46%))',
    ],
  ],
  [
    'checks/wrong-name.yaml',
    [
      'id: check `wrong-name` should be named `funding-rounds--example-labs-2025-11--amount` (hint: rename the file to data/checks/funding-rounds--example-labs-2025-11--amount.yaml)',
    ],
  ],
];

function listFixtures(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(INVALID, join(e.parentPath, e.name)))
    .sort();
}

/** What duplicate-round.yaml, named from outside data/, causes in the record it copies. */
const ELSEWHERE = `data/funding-rounds/example-labs-2025-11.yaml: id: same company, date and amount as ${join(INVALID, 'funding-rounds/duplicate-round.yaml')} (hint: keep one record and move the other one’s sources into it)`;

describe('validateTree on tests/fixtures', () => {
  it('validateTree({root: valid}) reports no problems', () => {
    const { problems, filesChecked } = validateTree({ root: VALID });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(filesChecked).toBe(7);
  });

  it.each(EXPECTED)(
    'validateTree({root: valid, only: [invalid/%s]}) reports its fault',
    (name, lines) => {
      const file = join(INVALID, name);
      const { problems, filesChecked } = validateTree({ root: VALID, only: [file] });
      const own = problems.filter((p) => p.path === file);
      expect(own.map(formatProblem)).toEqual(lines.map((line) => `${file}: ${line}`));
      expect(filesChecked).toBe(1);
    },
  );

  it('validateTree({only}) also reports the problem a named file causes in another record', () => {
    const file = join(INVALID, 'funding-rounds/duplicate-round.yaml');
    const { problems } = validateTree({ root: VALID, only: [file] });
    expect(problems.filter((p) => p.path !== file).map(formatProblem)).toEqual([ELSEWHERE]);
  });

  it('every file in tests/fixtures/invalid/ has an expected report', () => {
    expect(listFixtures(INVALID)).toEqual(EXPECTED.map(([name]) => name).sort());
  });

  it('validateTree({root: valid, only: [invalid/]}) reports every fault at once', () => {
    const { problems, filesChecked } = validateTree({ root: VALID, only: [INVALID] });
    const expected = [
      ...EXPECTED.flatMap(([name, lines]) =>
        lines.map((line) => `${join(INVALID, name)}: ${line}`),
      ),
      ELSEWHERE,
    ];
    expect(filesChecked).toBe(EXPECTED.length);
    expect(problems.map(formatProblem).sort()).toEqual(expected.sort());
  });
});
