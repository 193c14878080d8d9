import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { IngestError, ingestError } from './errors';
import { convertAll, resultOf, worthThreads } from './convert';
import type { IngestInput, IngestResult } from './ingest';
import { parseManifest } from './manifest';
import { listSources, readSources } from './read';
import { formatReport } from './report';
import { writeAll, type Write } from './write';
import { slugFromFileName } from './slug';

/** Where the CLI runs and where it prints. */
export interface MainOptions {
  cwd?: string;
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
  /** Convert on a worker thread too: true, false, or (default) when the batch is large. */
  threads?: boolean;
}

const DEFAULT_SOURCES = 'content/sources';
const DEFAULT_OUT = 'content/articles';
const MANIFEST = 'content/manifest.yaml';

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

/** Returns the manifest's text, or undefined when there is none (read now, parsed later). */
async function readManifest(cwd: string): Promise<string | undefined> {
  const path = join(cwd, MANIFEST);
  return existsSync(path) ? await readFile(path, 'utf8') : undefined;
}

/** A converted source and the article file it goes to. */
export interface Planned {
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
  threads?: boolean,
): Promise<Planned[]> {
  const manifestText = await readManifest(cwd);
  const planned: Planned[] = [];
  const bySlug = new Map<string, string>();
  const collect = (err: unknown): string[] => {
    if (!(err instanceof IngestError)) throw err;
    errors.push(err);
    return [];
  };
  // Which files, and how large, is known before the manifest is parsed, so a worker thread
  // (for a large batch) loads meanwhile; errors still come out in the order they did before.
  const { listed, sizes } = await listSources(cwd, inputs);
  let read: (IngestInput | IngestError)[] = [];
  const sources = async () => {
    const manifest = manifestText === undefined ? new Map() : parseManifest(manifestText, MANIFEST);
    const paths = listed.flatMap((e) => ('paths' in e ? e.paths : collect(e.err)));
    read = await readSources(cwd, paths, manifest);
    return read.filter((r): r is IngestInput => !(r instanceof IngestError));
  };
  const outcomes = await convertAll(sources(), threads ?? worthThreads(sizes));
  let done = 0;
  for (const input of read) {
    try {
      if (input instanceof IngestError) throw input;
      const result = resultOf(outcomes[done++]!);
      const { file, path: shown, entry } = input;
      const slug = entry?.slug ?? slugFromFileName(file);
      const other = bySlug.get(slug);
      if (other) throw ingestError('duplicate-slug', shown!, other);
      bySlug.set(slug, shown!);
      planned.push({ file: shown!, target: join(resolve(cwd, out), `${slug}.mdx`), result });
    } catch (err) {
      collect(err);
    }
  }
  return planned;
}

/** Throws 'out-not-folder' when the output path exists and is not a folder, or cannot be made one. */
async function prepareOut(cwd: string, out: string): Promise<void> {
  const path = resolve(cwd, out);
  const info = await stat(path).catch(() => undefined);
  if (info && !info.isDirectory()) throw ingestError('out-not-folder', out);
  await mkdir(path, { recursive: true }).catch(() => {
    throw ingestError('out-not-folder', out);
  });
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
  let writes: Write[] = [];
  try {
    const { out, inputs } = parseArgs(argv);
    await prepareOut(cwd, out);
    const planned = await plan(cwd, out, inputs, errors, options.threads);
    if (errors.length === 0) writes = await writeAll(cwd, planned);
  } catch (err) {
    // Anything unforeseen is still one line for the user, never a stack trace.
    errors.push(
      err instanceof IngestError
        ? err
        : new IngestError(
            'unreadable',
            String((err as Error)?.message ?? err),
            'This is a bug in the ingest; report it with the command you ran.',
          ),
    );
  }
  if (errors.length > 0) {
    for (const err of errors) stderr(`error: ${err.message}\n  hint: ${err.hint}`);
    stderr(`ingest: ${errors.length} error(s); no article was written.`);
    return 1;
  }
  for (const { file, target, result, changed } of writes) {
    const shown = relative(cwd, target);
    stdout(formatReport(file, shown.startsWith('..') ? target : shown, result, changed));
  }
  return 0;
}
