import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runNew, usage, type Prompter } from '../../../scripts/lib/new-record';
import { DRAFT_KINDS } from '../../../src/lib/validate/draft';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const QUOTE = '同社の年間経常収益(ARR)は2025年に50億ドルを見込む。';

let root: string;
let out: string[];
let err: string[];
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-record-'));
  cpSync(VALID, root, { recursive: true });
  out = [];
  err = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const io = (prompter?: Prompter) => ({
  root,
  out: (l: string) => out.push(l),
  err: (l: string) => err.push(l),
  ...(prompter ? { prompter } : {}),
});

const FLAGS = [
  '--company',
  'example-labs',
  '--date',
  '2025-12',
  '--amount',
  '50億ドル',
  '--status',
  'announced',
  '--article',
  'demo-funding',
  '--quote',
  QUOTE,
];

/** A prompter answering from a script, recording every question and the options offered. */
function scripted(answers: (string | boolean)[]) {
  const asked: string[] = [];
  const offered: string[][] = [];
  const labels: Record<string, string>[] = [];
  const refused: string[] = [];
  const next = () => answers.shift();
  const prompter: Prompter = {
    // Like the terminal prompter: an answer the field's check refuses is asked again.
    text: async (o) => {
      asked.push(o.message);
      for (;;) {
        const answer = next() as string | undefined;
        const problem = answer === undefined ? undefined : o.validate?.(answer);
        if (!problem) return answer;
        refused.push(`${answer}: ${problem}`);
      }
    },
    select: async (o) => (
      asked.push(o.message),
      offered.push(o.options),
      labels.push(o.labels ?? {}),
      next() as string | undefined
    ),
    confirm: async (o) => (asked.push(o.message), next() as boolean | undefined),
  };
  return { prompter, asked, offered, labels, refused };
}

describe('runNew with flags (scripts)', () => {
  it('writes a round that validates and prints its path and preview URL', async () => {
    expect(await runNew('round', FLAGS, io())).toBe(0);
    const text = readFileSync(join(root, 'data/funding-rounds/example-labs-2025-12.yaml'), 'utf8');
    expect(parse(text)).toMatchObject({ company: 'example-labs', date: '2025-12' });
    expect(out).toEqual([
      'wrote data/funding-rounds/example-labs-2025-12.yaml',
      'preview: npm run dev, then open http://localhost:4321/companies/example-labs/',
    ]);
  });

  it('refuses to overwrite an existing file and leaves it unchanged', async () => {
    const path = join(root, 'data/funding-rounds/example-labs-2025-12.yaml');
    writeFileSync(path, 'keep me\n');
    expect(await runNew('round', FLAGS, io())).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe('keep me\n');
    expect(err[0]).toMatch(/already exists/);
  });

  it('validates before writing: a quote not in the article writes nothing', async () => {
    const flags = FLAGS.map((f) => (f === QUOTE ? '50億ドル(約2.2兆円)を調達し' : f));
    expect(await runNew('round', flags, io())).toBe(1);
    expect(existsSync(join(root, 'data/funding-rounds/example-labs-2025-12.yaml'))).toBe(false);
    expect(err).toContainEqual(expect.stringMatching(/sources\.0\.quote: quote not found/));
  });

  it('an option missing its value prints the usage, not a stack trace', async () => {
    expect(await runNew('round', ['--company'], io())).toBe(2);
    expect(err[0]).toMatch(/^new:round: Option '--company <value>' argument missing/);
    expect(err.join('\n')).not.toMatch(/^\s+at /m);
  });

  it('without a terminal, names every missing flag instead of asking', async () => {
    expect(await runNew('round', ['--company', 'example-labs'], io())).toBe(2);
    expect(err[0]).toBe(
      'new:round: missing --date, --amount, --status, --article, --quote (not a terminal, so nothing is asked)',
    );
  });

  it.each(['round', 'company', 'deal'] as const)('--help for %s lists every flag', async (kind) => {
    expect(await runNew(kind, ['--help'], io())).toBe(0);
    for (const f of DRAFT_KINDS[kind].fields) expect(out[0]).toContain(`--${f.key} `);
    expect(out[0]).toBe(usage(DRAFT_KINDS[kind]));
  });
});

describe('runNew in a terminal (injected prompter)', () => {
  it('asks for each value, offers the sentences holding the amount, and writes', async () => {
    const { prompter, asked, offered } = scripted([
      'example-labs',
      '2025-12',
      '50億ドル',
      '',
      'announced',
      'demo-funding',
      QUOTE,
    ]);
    expect(await runNew('round', [], io(prompter))).toBe(0);
    expect(asked).toHaveLength(7);
    expect(offered.at(-1)).toEqual([QUOTE, 'type your own']);
    expect(existsSync(join(root, 'data/funding-rounds/example-labs-2025-12.yaml'))).toBe(true);
  });

  it('asks again, at the prompt, for a date or amount it cannot read, and names the choices in Japanese', async () => {
    const { prompter, refused, labels } = scripted([
      'Example Labs',
      'example-labs',
      '2025-02-30',
      '2025-12',
      'シリーズB',
      '50億ドル',
      '',
      'announced',
      'demo-funding',
      QUOTE,
    ]);
    expect(await runNew('round', [], io(prompter))).toBe(0);
    expect(refused).toEqual([
      expect.stringMatching(/^Example Labs: 英小文字/),
      expect.stringMatching(/^2025-02-30: 実在する日付/),
      expect.stringMatching(/^シリーズB: 金額として読めません/),
    ]);
    expect(labels[0]).toMatchObject({ announced: '発表済み', 'in-talks': '交渉中' });
    expect(existsSync(join(root, 'data/funding-rounds/example-labs-2025-12.yaml'))).toBe(true);
  });

  it('asks again for a typed quote that is not in the article, or lacks the amount', async () => {
    const { prompter, refused } = scripted([
      'example-labs',
      '2025-12',
      '50億ドル',
      '',
      'announced',
      'demo-funding',
      'type your own',
      '記事にない一文です。',
      QUOTE,
    ]);
    expect(await runNew('round', [], io(prompter))).toBe(0);
    expect(refused).toEqual([expect.stringMatching(/記事の一つの段落にこの文がありません/)]);
  });

  it('offers to create a missing company and writes both files after validating them together', async () => {
    // The valuation (optional, no flag) is asked first and skipped.
    const { prompter, asked } = scripted(['', true, 'New Co', '', 'model-lab', 'JP', '']);
    const flags = FLAGS.map((f) => (f === 'example-labs' ? 'new-co' : f));
    expect(await runNew('round', flags, io(prompter))).toBe(0);
    expect(asked[1]).toBe('data/companies/new-co.yaml がありません。作成しますか?');
    expect(parse(readFileSync(join(root, 'data/companies/new-co.yaml'), 'utf8'))).toEqual({
      name: 'New Co',
      kind: 'model-lab',
      country: 'JP',
    });
    expect(out).toContain('wrote data/companies/new-co.yaml');
  });

  it('writes nothing when the editor cancels', async () => {
    const { prompter } = scripted(['example-labs', undefined as unknown as string]);
    expect(await runNew('round', [], io(prompter))).toBe(1);
    expect(err).toEqual(['new:round: cancelled, nothing written']);
  });
});
