/**
 * `npm run validate` as a function: argument parsing, the report, GitHub annotations and the
 * exit code, with the output and the project root injected so tests run it in-process.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { annotation, problemLine } from './annotate';
import { formatProblem, summarise, type Problem } from './problem';
import { readCapped } from './read';
import { validateTree } from './tree';

/** Usage text printed by --help and after a bad option. */
export const VALIDATE_USAGE = `usage: npm run validate [-- [--json] [<file-or-folder>...]]
  checks every record in data/ against its schema, the companies it names, and the articles it
  quotes; with paths, reports on those files, plus any problem they cause in other records and
  in data/fx-rates.yaml. A file outside data/ belongs to the dataset its parent folder is named
  after. With GITHUB_ACTIONS=true, each problem is also printed as an ::error annotation.
  --json     one JSON object with problems, filesChecked and seconds
  -h, --help this text`;

/** Where the CLI runs and writes: the project root, the user's directory, output sinks, env. */
export interface CliIo {
  root: string;
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
}

/** Returns one GitHub `::error file=…,line=…::` annotation per problem, lines read from the files. */
export function annotations(root: string, problems: readonly Problem[]): string[] {
  return problems.map((p) => {
    const file = readCapped(root, resolve(root, p.path), 256 * 1024, true);
    const text = file.readError || file.refused ? undefined : new TextDecoder().decode(file.bytes);
    return annotation(p, problemLine(p, text));
  });
}

/** Runs validate with `args`; returns the exit code (0 clean, 1 data problems, 2 usage error). */
export function runValidate(args: readonly string[], io: CliIo): { code: number; full: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.err(`validate: ${error instanceof Error ? error.message : String(error)}`);
    io.err(VALIDATE_USAGE);
    return { code: 2, full: false };
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(VALIDATE_USAGE);
    return { code: 0, full: false };
  }
  const only = positionals.length > 0 ? positionals.map((p) => resolve(io.cwd, p)) : undefined;
  const started = performance.now();
  let result;
  try {
    result = validateTree({ root: io.root, ...(only ? { only } : {}) });
  } catch (error) {
    // Data errors are reported per file; this is the tree itself being unreadable.
    io.err(`validate: ${error instanceof Error ? error.message : String(error)}`);
    return { code: 2, full: false };
  }
  const { problems, filesChecked } = result;
  const seconds = (performance.now() - started) / 1000;
  if (values.json) {
    io.out(JSON.stringify({ problems, filesChecked, seconds: Number(seconds.toFixed(3)) }));
  } else {
    for (const p of problems) io.out(formatProblem(p));
    io.out(`${summarise(problems, filesChecked)} (${seconds.toFixed(2)} s)`);
  }
  if (io.env.GITHUB_ACTIONS === 'true') {
    for (const p of problems) {
      const file = readCapped(io.root, resolve(io.root, p.path), 256 * 1024, true);
      const text =
        file.readError || file.refused ? undefined : new TextDecoder().decode(file.bytes);
      io.out(annotation(p, problemLine(p, text)));
    }
  }
  return { code: problems.length > 0 ? 1 : 0, full: !only && !values.json };
}
