import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/lib/ingest/main';

const FIXTURES = join(import.meta.dirname, '../../fixtures/ingest');
const GOOD = 'タイトル\n\n資金の流れが変わった。米国に投資が集まっている。\n';

let cwd: string;
let out: string[];
let err: string[];

/** Runs the CLI in the temporary project and returns its exit code. */
const run = (...argv: string[]) =>
  main(argv, { cwd, stdout: (l) => out.push(l), stderr: (l) => err.push(l) });

function put(path: string, data: string | Uint8Array) {
  mkdirSync(join(cwd, path, '..'), { recursive: true });
  writeFileSync(join(cwd, path), data);
}

const articles = () =>
  existsSync(join(cwd, 'content/articles')) ? readdirSync(join(cwd, 'content/articles')) : [];

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'ingest-'));
  out = [];
  err = [];
  put('content/manifest.yaml', 'a.txt:\n  slug: first-article\n  publisher: ALLFORCES\n');
  put('content/sources/a.txt', GOOD);
  put('content/sources/Second Draft.txt', GOOD);
});

afterEach(() => rmSync(cwd, { recursive: true, force: true }));

describe('main', () => {
  it('main([]) ingests content/sources into content/articles under manifest or derived slugs', async () => {
    expect(await run()).toBe(0);
    expect(articles()).toEqual(['first-article.mdx', 'second-draft.mdx']);
    expect(readFileSync(join(cwd, 'content/articles/first-article.mdx'), 'utf8')).toContain(
      'publisher: ALLFORCES',
    );
    expect(out.join('\n')).toContain('content/sources/a.txt -> content/articles/first-article.mdx');
    expect(err).toEqual([]);
  });

  it('main run twice writes byte-identical files and reports them unchanged', async () => {
    await run();
    const first = readFileSync(join(cwd, 'content/articles/first-article.mdx'));
    out = [];
    expect(await run()).toBe(0);
    expect(readFileSync(join(cwd, 'content/articles/first-article.mdx')).equals(first)).toBe(true);
    expect(out.every((report) => report.split('\n')[0]!.endsWith('(unchanged)'))).toBe(true);
    expect(articles()).toEqual(['first-article.mdx', 'second-draft.mdx']);
  });

  it('main(--out <folder> <file>) writes only that article there', async () => {
    expect(await run('--out', 'tmp/x', 'content/sources/a.txt')).toBe(0);
    expect(readdirSync(join(cwd, 'tmp/x'))).toEqual(['first-article.mdx']);
    expect(articles()).toEqual([]);
  });

  it.each([
    [
      'a non-UTF-8 file',
      'content/sources/bad.txt',
      new Uint8Array([0x96, 0x7b, 0x95, 0xb6]),
      'content/sources/bad.txt: is not valid UTF-8.',
    ],
    ['an empty file', 'content/sources/empty.txt', '', 'content/sources/empty.txt: is empty.'],
  ])(
    'main exits 1 on %s, names it and writes no article at all',
    async (_, path, data, message) => {
      put(path, data);
      expect(await run()).toBe(1);
      expect(err.join('\n')).toContain(message);
      expect(articles()).toEqual([]);
    },
  );

  it('main exits 1 on a path that does not exist', async () => {
    expect(await run('content/sources/missing.txt')).toBe(1);
    expect(err.join('\n')).toContain('content/sources/missing.txt: cannot be read (ENOENT)');
  });

  it('main exits 1 on an unknown option', async () => {
    expect(await run('--force')).toBe(1);
    expect(err.join('\n')).toContain('unknown option --force');
  });

  it('main exits 1 when an embed anchor matches nothing, naming the file and the text', async () => {
    put(
      'content/manifest.yaml',
      'a.txt:\n  slug: a\n  embeds:\n    - after: 存在しない文\n      mdx: "<CapexChart />"\n',
    );
    expect(await run()).toBe(1);
    expect(err.join('\n')).toContain(
      'content/sources/a.txt: embed anchor "存在しない文" matches no paragraph',
    );
    expect(articles()).toEqual([]);
  });

  it('main exits 1 when two sources would write the same article', async () => {
    put('content/sources/second-draft.md', GOOD);
    expect(await run()).toBe(1);
    expect(err.join('\n')).toContain('writes the same article as');
  });

  it('main places the fixture embeds from the manifest', async () => {
    put('content/manifest.yaml', readFileSync(join(FIXTURES, 'embeds/manifest.yaml'), 'utf8'));
    put('src/with-embeds.txt', readFileSync(join(FIXTURES, 'embeds/with-embeds.txt')));
    expect(await run('--out', 'out', 'src/with-embeds.txt')).toBe(0);
    expect(readFileSync(join(cwd, 'out/with-embeds.mdx'), 'utf8')).toContain(
      '<RoundsChart companies={["openai"]} />',
    );
  });

  it('main(--out <file>) exits 1 with one error line and no stack trace', async () => {
    put('tmp/file.txt', 'x');
    expect(await run('--out', 'tmp/file.txt')).toBe(1);
    expect(err.join('\n')).toContain('tmp/file.txt: is not a folder.');
    expect(err.join('\n')).not.toMatch(/^\s+at /m);
  });

  it('main refuses to overwrite an article that another source wrote, and writes nothing', async () => {
    put(
      'content/articles/first-article.mdx',
      '---\ntitle: t\ntags: []\nsource: other.txt\n---\n\n本文\n',
    );
    expect(await run()).toBe(1);
    expect(err.join('\n')).toContain(
      'content/articles/first-article.mdx: already holds the article of other.txt',
    );
    expect(readFileSync(join(cwd, 'content/articles/first-article.mdx'), 'utf8')).toContain(
      'source: other.txt',
    );
    expect(articles()).toEqual(['first-article.mdx']);
  });

  it('main leaves existing articles intact and no temporary file when a write fails', async () => {
    await run();
    const before = readFileSync(join(cwd, 'content/articles/first-article.mdx'), 'utf8');
    put('content/sources/a.txt', GOOD.replace('米国', '日本'));
    put('content/sources/Second Draft.txt', GOOD.replace('米国', '欧州'));
    // A folder where the second article's temporary file would go makes that write fail.
    mkdirSync(join(cwd, `content/articles/second-draft.mdx.${process.pid}.tmp`));
    out = [];
    err = [];
    expect(await run()).toBe(1);
    expect(err[0]).toContain('content/articles/second-draft.mdx: cannot be written (EISDIR)');
    expect(err.join('\n')).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(cwd, 'content/articles/first-article.mdx'), 'utf8')).toBe(before);
    expect(articles().filter((f) => f.endsWith('.tmp') && !f.startsWith('second-draft'))).toEqual(
      [],
    );
    expect(articles().filter((f) => f.startsWith('first-article'))).toEqual(['first-article.mdx']);
  });
});
