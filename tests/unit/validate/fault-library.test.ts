/**
 * The fault library: every broken input in tests/fixtures/bad/data/ (one fault each, laid over
 * a copy of tests/fixtures/valid/) plus the faults git cannot hold (links, pipes, a 10 MB file),
 * each run through `npm run validate` in-process and through the build's validation gate.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateData } from '../../../src/integrations/validate';
import { runValidate } from '../../../src/lib/validate/cli';
import { DataLoadError, loadDatasetRecords } from '../../../src/lib/validate/load';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const BAD = fileURLToPath(new URL('../../fixtures/bad/data/', import.meta.url));
const ROUND = 'data/funding-rounds/example-labs-2025-11.yaml';
const COMPANY = 'data/companies/example-labs.yaml';

/** A fault: where the report must point (file, field, code), and how to make it. */
interface Fault {
  path: string;
  field: string;
  code: string;
  /** Builds the fault in `root`; by default the fixture folder of the same name is laid over. */
  make?: (root: string) => void;
  /** Command-line arguments, relative to root; none checks the whole tree. */
  args?: (root: string) => string[];
}

const R = (field: string, code: string): Fault => ({ path: ROUND, field, code });
const C = (field: string, code: string): Fault => ({ path: COMPANY, field, code });
const roundCopy = (root: string, date: string) =>
  readFileSync(join(root, ROUND), 'utf8').replace("date: '2025-11'", `date: '${date}'`);

const FIXTURE_FAULTS: Record<string, Fault> = {
  'type-status-number': R('status', 'NotAllowedValue'),
  'type-company-list': R('company', 'InvalidField'),
  'amount-zero': R('amount', 'InvalidMoney'),
  'amount-negative': R('amount', 'InvalidMoney'),
  'amount-nan': R('amount.value', 'InvalidField'),
  'amount-infinite': R('amount.value', 'InvalidField'),
  'currency-unknown': R('amount.currency', 'NotAllowedValue'),
  'date-impossible-unquoted': R('date', 'InvalidField'),
  'date-month-13': R('date', 'BadFormat'),
  'date-year-0000': R('date', 'InvalidField'),
  'date-year-1066': R('date', 'InvalidField'),
  'date-year-2099': R('date', 'InvalidField'),
  'round-binary-number': R('valuation', 'InvalidMoney'),
  'custom-tag': R('yaml', 'YamlUnknownTag'),
  'binary-tag': R('yaml', 'YamlUnknownTag'),
  'unknown-company': R('company', 'UnknownCompany'),
  'unknown-article': R('sources.0.article', 'UnknownArticle'),
  'quote-not-found': R('sources.0.quote', 'QuoteNotFound'),
  'quote-cut-mid-number': R('sources.0.quote', 'QuoteNotFound'),
  'quote-from-frontmatter': R('sources.0.quote', 'QuoteNotFound'),
  'quote-across-heading': R('sources.0.quote', 'QuoteNotFound'),
  'quote-across-paragraphs': R('sources.0.quote', 'QuoteNotFound'),
  'figure-mismatch': R('amount', 'AmountUnquoted'),
  'typo-key': R('amout', 'UnknownKey'),
  'yaml-syntax': R('yaml', 'YamlSyntax'),
  'tab-indent': R('yaml', 'YamlSyntax'),
  'bom-then-zero-amount': R('amount', 'InvalidMoney'),
  'shift-jis': R('encoding', 'NotUtf8'),
  'empty-file': R('file', 'FileEmpty'),
  'comments-only': R('file', 'FileEmpty'),
  'list-at-top-level': R('yaml', 'NotMapping'),
  'scalar-at-top-level': R('yaml', 'NotMapping'),
  'duplicate-keys': R('yaml', 'YamlSyntax'),
  'alias-bomb': R('yaml', 'TooManyAliases'),
  'deep-nesting': R('yaml', 'YamlSyntax'),
  'not-yaml-extension': {
    path: 'data/funding-rounds/example-labs-2025-12.yml',
    field: 'file',
    code: 'NotYamlFile',
  },
  'unknown-folder': {
    path: 'data/fundng-rounds/example-labs-2025-12.yaml',
    field: 'file',
    code: 'UnknownDatasetFolder',
  },
  'file-at-data-root': {
    path: 'data/example-labs-2025-12.yaml',
    field: 'file',
    code: 'UnknownDatasetFolder',
  },
  'invalid-id': { path: 'data/funding-rounds/Example_Labs.yaml', field: 'id', code: 'InvalidId' },
  'duplicate-round': {
    path: 'data/funding-rounds/example-labs-copy.yaml',
    field: 'id',
    code: 'DuplicateRound',
  },
  'duplicate-round-coarser-date': {
    path: 'data/funding-rounds/example-labs-2025.yaml',
    field: 'date',
    code: 'DuplicateRoundCoarser',
  },
  'country-zz': C('country', 'InvalidField'),
  'country-lowercase': C('country', 'BadFormat'),
  'founded-impossible': C('founded', 'InvalidField'),
  'website-javascript': C('website', 'InvalidField'),
  'website-data-url': C('website', 'InvalidField'),
  'website-relative': C('website', 'InvalidField'),
  'markup-in-name': C('name', 'MarkupInText'),
  'markup-in-alias': C('aliases.0', 'MarkupInText'),
  'javascript-in-description': C('description', 'MarkupInText'),
  'markup-in-notes': R('notes', 'MarkupInText'),
  'markup-in-investor': R('investors.0', 'MarkupInText'),
};

/** Faults git cannot store, made in the temporary tree. */
const MADE_FAULTS: Record<string, Fault> = {
  'symlinked-file': {
    path: 'data/funding-rounds/linked.yaml',
    field: 'file',
    code: 'SymlinkRefused',
    make: (root) => {
      writeFileSync(join(root, 'outside.yaml'), roundCopy(root, '2024-01'));
      symlinkSync(join(root, 'outside.yaml'), join(root, 'data/funding-rounds/linked.yaml'));
    },
  },
  'symlinked-folder': {
    path: 'data/funding-rounds/linked',
    field: 'file',
    code: 'SymlinkRefused',
    make: (root) => {
      mkdirSync(join(root, 'elsewhere'));
      writeFileSync(join(root, 'elsewhere/x-2024.yaml'), roundCopy(root, '2024-02'));
      symlinkSync(join(root, 'elsewhere'), join(root, 'data/funding-rounds/linked'));
    },
  },
  'symlinked-article': {
    path: 'content/articles/linked.mdx',
    field: 'file',
    code: 'SymlinkRefused',
    make: (root) => {
      writeFileSync(join(root, 'outside.mdx'), '---\ntitle: x\n---\n\n本文。\n');
      symlinkSync(join(root, 'outside.mdx'), join(root, 'content/articles/linked.mdx'));
    },
  },
  'dangling-symlink': {
    path: 'data/companies/ghost.yaml',
    field: 'file',
    code: 'SymlinkRefused',
    make: (root) =>
      symlinkSync(join(root, 'nowhere.yaml'), join(root, 'data/companies/ghost.yaml')),
  },
  'fifo-in-data': {
    path: 'data/funding-rounds/pipe.yaml',
    field: 'file',
    code: 'NotRegularFile',
    make: (root) => execFileSync('mkfifo', [join(root, 'data/funding-rounds/pipe.yaml')]),
  },
  'fifo-on-command-line': {
    path: 'funding-rounds/pipe.yaml',
    field: 'file',
    code: 'NotRegularFile',
    make: (root) => {
      mkdirSync(join(root, 'funding-rounds'));
      execFileSync('mkfifo', [join(root, 'funding-rounds/pipe.yaml')]);
    },
    args: () => ['funding-rounds/pipe.yaml'],
  },
  'sub-folder': {
    path: 'data/funding-rounds/2024/example-labs-2024.yaml',
    field: 'file',
    code: 'NestedFolder',
    make: (root) => {
      mkdirSync(join(root, 'data/funding-rounds/2024'));
      writeFileSync(
        join(root, 'data/funding-rounds/2024/example-labs-2024.yaml'),
        roundCopy(root, '2024-03'),
      );
    },
  },
  'ten-megabytes': {
    path: 'data/funding-rounds/huge.yaml',
    field: 'file',
    code: 'FileTooLarge',
    make: (root) =>
      writeFileSync(
        join(root, 'data/funding-rounds/huge.yaml'),
        `notes: ${'x'.repeat(10 << 20)}\n`,
      ),
  },
  'fx-missing-when-checking-one-file': {
    path: 'data/fx-rates.yaml',
    field: 'file',
    code: 'FxMissing',
    make: (root) => rmSync(join(root, 'data/fx-rates.yaml')),
    args: () => [ROUND],
  },
  'one-file-breaks-another': {
    path: ROUND,
    field: 'id',
    code: 'DuplicateRound',
    make: (root) => {
      mkdirSync(join(root, 'draft/funding-rounds'), { recursive: true });
      writeFileSync(join(root, 'draft/funding-rounds/copy.yaml'), readFileSync(join(root, ROUND)));
    },
    args: () => ['draft/funding-rounds/copy.yaml'],
  },
};

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function treeFor(name: string, fault: Fault): string {
  const root = mkdtempSync(join(tmpdir(), 'fault-'));
  roots.push(root);
  cpSync(VALID, root, { recursive: true });
  if (fault.make) fault.make(root);
  else cpSync(join(BAD, name), root, { recursive: true });
  return root;
}

/** Every path under root with its size and mtime, links and pipes included (nothing opened). */
function snapshot(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((e) => {
      const full = join(e.parentPath, e.name);
      const s = e.isSymbolicLink() ? undefined : statSync(full);
      return `${relative(root, full)} ${s?.size ?? 'link'} ${s?.mtimeMs ?? ''}`;
    })
    .sort();
}

function buildGate(root: string): Error | undefined {
  const hook = validateData().hooks['astro:config:setup'] as (options: unknown) => void;
  const logger = { info: vi.fn(), warn: vi.fn() };
  try {
    hook({ command: 'build', config: { root: pathToFileURL(root + '/') }, logger });
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

const ALL = { ...FIXTURE_FAULTS, ...MADE_FAULTS };
const STACK = /^\s+at\s|\(\S+:\d+:\d+\)|node:internal/m;

describe('the fault library', () => {
  it('holds at least 40 faults, and every fixture folder has an expected report', () => {
    expect(Object.keys(ALL).length).toBeGreaterThanOrEqual(40);
    expect(readdirSync(BAD).sort()).toEqual(Object.keys(FIXTURE_FAULTS).sort());
  });

  it.each(Object.entries(ALL))(
    '%s: validate exits 1 naming the file and field, without a stack trace, within 5 s, writing nothing; the build refuses',
    (name, fault) => {
      const root = treeFor(name, fault);
      const before = snapshot(root);
      const out: string[] = [];
      const started = performance.now();
      const { code } = runValidate(fault.args?.(root) ?? [], {
        root,
        cwd: root,
        out: (line) => out.push(line),
        err: (line) => out.push(line),
        env: { GITHUB_ACTIONS: 'true' },
      });
      expect(performance.now() - started).toBeLessThan(5000);
      expect(code).toBe(1);
      expect(out).toContainEqual(
        expect.stringMatching(new RegExp(`^${esc(fault.path)}: ${esc(fault.field)}: `)),
      );
      expect(out).toContainEqual(
        expect.stringMatching(new RegExp(`^::error file=.*,title=${fault.code}::`)),
      );
      expect(out.join('\n')).not.toMatch(STACK);
      expect(snapshot(root)).toEqual(before);
      if (!fault.args) {
        const refused = buildGate(root);
        expect(refused?.message).toContain(`${fault.path}: ${fault.field}: `);
        expect(refused?.stack).toBe('');
      }
    },
  );
});

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe("the build's data reader", () => {
  it.each(['symlinked-file', 'symlinked-folder', 'fifo-in-data', 'sub-folder', 'custom-tag'])(
    'loadDatasetRecords refuses %s, naming the file, as validate does',
    (name) => {
      const fault = ALL[name]!;
      const root = treeFor(name, fault);
      const dataset = fault.path.split('/')[1]!;
      let error: unknown;
      try {
        loadDatasetRecords(root, dataset);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataLoadError);
      expect((error as Error).message).toContain(`${fault.path}: ${fault.field}: `);
    },
  );

  it('loadDatasetRecords reads an unquoted date and 0b101 as the strings validate checked', () => {
    const root = treeFor('x', { path: '', field: '', code: '', make: () => {} });
    const text = readFileSync(join(root, ROUND), 'utf8');
    writeFileSync(join(root, ROUND), `${text}round: 2025-11-01\nnotes: 0b101\n`);
    const [record] = loadDatasetRecords(root, 'funding-rounds');
    expect(record?.data).toMatchObject({ round: '2025-11-01', notes: '0b101' });
    expect(dirname(record!.path)).toBe('data/funding-rounds');
  });
});
