import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { decodeSource } from './decode';
import { IngestError, ingestError } from './errors';
import { ingestSource, type IngestResult } from './ingest';
import { parseManifest, type ManifestEntry } from './manifest';
import { formatReport } from './report';
import { slugFromFileName } from './slug';

/** Where the CLI runs and where it prints. */
export interface MainOptions {
  cwd?: string;
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
}

const DEFAULT_SOURCES = 'content/sources';
const DEFAULT_OUT = 'content/articles';
const MANIFEST = 'content/manifest.yaml';
const SOURCE_FILE = /\.(?:txt|md)$/i;

/** Returns the output folder and the inputs (content/sources when none); throws 'usage' on a bad option. */
function parseArgs(argv: string[]): { out: string; inputs: string[] } {
  let out = DEFAULT_OUT;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') {
      const value = argv[++i];
      if (!value) throw ingestError('usage', '--out needs a folder');
      out = value;
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg.startsWith('-')) throw ingestError('usage', `unknown option ${arg}`);
    else inputs.push(arg);
  }
  return { out, inputs: inputs.length > 0 ? inputs : [DEFAULT_SOURCES] };
}

/** Returns the source files an input names: the file itself, or a folder's .txt and .md files by name. */
async function expand(cwd: string, input: string): Promise<string[]> {
  const path = resolve(cwd, input);
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw ingestError('unreadable', input, err.code ?? err.message);
  });
  if (!info.isDirectory()) return [path];
  const files = (await readdir(path)).filter((f) => SOURCE_FILE.test(f)).sort();
  if (files.length === 0) throw ingestError('no-sources', input);
  return files.map((f) => join(path, f));
}

async function readManifest(cwd: string): Promise<Map<string, ManifestEntry>> {
  const path = join(cwd, MANIFEST);
  return existsSync(path) ? parseManifest(await readFile(path, 'utf8'), MANIFEST) : new Map();
}

interface Planned {
  file: string;
  target: string;
  result: IngestResult;
}

/** Reads, checks and converts every input; collects every error rather than stopping at the first. */
async function plan(
  cwd: string,
  out: string,
  inputs: string[],
  errors: IngestError[],
): Promise<Planned[]> {
  const manifest = await readManifest(cwd);
  const planned: Planned[] = [];
  const bySlug = new Map<string, string>();
  const collect = (err: unknown): string[] => {
    if (!(err instanceof IngestError)) throw err;
    errors.push(err);
    return [];
  };
  const paths = (await Promise.all(inputs.map((i) => expand(cwd, i).catch(collect)))).flat();
  for (const path of paths) {
    const file = basename(path);
    const shown = relative(cwd, path) || file;
    try {
      const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
        throw ingestError('unreadable', shown, err.code ?? err.message);
      });
      const entry = manifest.get(file);
      const result = ingestSource({ file, path: shown, text: decodeSource(bytes, shown), entry });
      const slug = entry?.slug ?? slugFromFileName(file);
      const other = bySlug.get(slug);
      if (other) throw ingestError('duplicate-slug', shown, other);
      bySlug.set(slug, shown);
      planned.push({ file: shown, target: join(resolve(cwd, out), `${slug}.mdx`), result });
    } catch (err) {
      collect(err);
    }
  }
  return planned;
}

/** Writes through a temporary file and a rename, so a reader never sees half a file; returns false if unchanged. */
async function writeAtomically(target: string, text: string): Promise<boolean> {
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current === text) return false;
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, target);
  return true;
}

/**
 * Runs `ingest [--out <folder>] [<file-or-folder>...]` and returns the exit code: 0 when every
 * article was written, 1 when any input failed (then nothing at all is written).
 */
export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const stdout = options.stdout ?? ((line: string) => console.log(line));
  const stderr = options.stderr ?? ((line: string) => console.error(line));
  const errors: IngestError[] = [];
  let planned: Planned[] = [];
  try {
    const { out, inputs } = parseArgs(argv);
    planned = await plan(cwd, out, inputs, errors);
  } catch (err) {
    if (!(err instanceof IngestError)) throw err;
    errors.push(err);
  }
  if (errors.length > 0) {
    for (const err of errors) stderr(`error: ${err.message}\n  hint: ${err.hint}`);
    stderr(`ingest: ${errors.length} error(s); no article was written.`);
    return 1;
  }
  for (const { file, target, result } of planned) {
    await mkdir(resolve(target, '..'), { recursive: true });
    const changed = await writeAtomically(target, result.mdx);
    const shown = relative(cwd, target);
    stdout(formatReport(file, shown.startsWith('..') ? target : shown, result, changed));
  }
  return 0;
}
