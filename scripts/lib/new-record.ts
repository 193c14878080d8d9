/**
 * The one implementation behind `npm run new:round`, `new:company` and `new:deal`: flags for
 * scripts, questions in a terminal (an injected prompter, @clack/prompts by default), the
 * article's sentences offered as quotes, validation before anything is written, no overwrite.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkDrafts,
  DRAFT_KINDS,
  draftPath,
  draftYaml,
  quoteCandidates,
  type DraftKind,
} from '../../src/lib/validate/draft';
import { formatProblem } from '../../src/lib/validate/problem';

/** The questions the flow asks; undefined means the editor cancelled. */
export interface Prompter {
  text(o: { message: string; placeholder?: string }): Promise<string | undefined>;
  select(o: { message: string; options: string[] }): Promise<string | undefined>;
  confirm(o: { message: string }): Promise<boolean | undefined>;
}

/** Where the flow runs: project root, output, and a prompter when stdin is a terminal. */
export interface NewIo {
  root: string;
  out: (line: string) => void;
  err: (line: string) => void;
  prompter?: Prompter;
  /** Preview server origin and base, for the printed URL. */
  preview?: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OWN = 'type your own';

/** Returns the --help text of `kind`, listing every flag. */
export function usage(kind: DraftKind): string {
  const flags = kind.fields.map((f) => {
    const choices = f.choices ? ` (${f.choices.join(' | ')})` : '';
    return `  --${f.key.padEnd(10)} ${f.required ? '' : '[optional] '}${f.question}${choices}`;
  });
  return [
    `usage: npm run new:${kind.name} -- [<id>] [--flag value ...]`,
    `  writes data/${kind.dataset}/<id>.yaml after validating it; never overwrites a file.`,
    '  In a terminal, asks for each missing value; otherwise every required flag must be given.',
    ...flags,
    '  --id         the file name (default: derived from the values)',
    '  -h, --help   this text',
  ].join('\n');
}

function defaultId(kind: DraftKind, v: Record<string, string>): string {
  const parts =
    kind.name === 'round'
      ? [v.company, v.date]
      : kind.name === 'deal'
        ? [v.from?.split(',')[0], v.to, v.date]
        : [v.name];
  return parts
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

async function ask(kind: DraftKind, values: Record<string, string>, io: NewIo): Promise<boolean> {
  const p = io.prompter!;
  for (const field of kind.fields) {
    if (values[field.key] !== undefined) continue;
    let answer: string | undefined;
    if (field.choices)
      answer = await p.select({ message: field.question, options: [...field.choices] });
    else if (field.key === 'quote') answer = await askQuote(kind, values, io);
    else answer = await p.text({ message: field.question });
    if (answer === undefined) return false;
    if (answer !== '') values[field.key] = answer;
  }
  return true;
}

async function askQuote(kind: DraftKind, values: Record<string, string>, io: NewIo) {
  const p = io.prompter!;
  const file = join(io.root, 'content/articles', `${values.article}.mdx`);
  const figure = values[kind.figure ?? ''] ?? '';
  const offered = existsSync(file) ? quoteCandidates(readFileSync(file, 'utf8'), figure) : [];
  if (offered.length > 0) {
    const picked = await p.select({ message: `「${figure}」を含む文`, options: [...offered, OWN] });
    if (picked !== OWN) return picked;
  }
  return p.text({ message: '記事の一文 (原文のまま)' });
}

/** The company ids a draft names that have no file yet. */
function missingCompanies(kind: DraftKind, v: Record<string, string>, root: string): string[] {
  const ids =
    kind.name === 'round'
      ? [v.company]
      : kind.name === 'deal'
        ? [...(v.from ?? '').split(','), v.to]
        : [];
  return ids
    .map((id) => id?.trim())
    .filter((id): id is string => !!id && ID.test(id))
    .filter((id) => !existsSync(join(root, 'data/companies', `${id}.yaml`)));
}

/** Runs `new:<kind>` with `argv`; returns the exit code (0 written, 1 refused, 2 usage). */
export async function runNew(
  name: DraftKind['name'],
  argv: readonly string[],
  io: NewIo,
): Promise<number> {
  const kind = DRAFT_KINDS[name];
  let parsed;
  try {
    const options = Object.fromEntries(
      kind.fields.map((f) => [f.key, { type: 'string' as const }]),
    );
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { ...options, id: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.err(`new:${name}: ${error instanceof Error ? error.message : String(error)}`);
    io.err(usage(kind));
    return 2;
  }
  if (parsed.values.help) {
    io.out(usage(kind));
    return 0;
  }
  const values: Record<string, string> = {};
  for (const f of kind.fields) {
    const v = (parsed.values as Record<string, unknown>)[f.key];
    if (typeof v === 'string') values[f.key] = v;
  }
  for (const f of kind.fields) {
    if (f.choices && values[f.key] !== undefined && !f.choices.includes(values[f.key]!)) {
      io.err(`new:${name}: --${f.key} must be one of ${f.choices.join(', ')}`);
      return 2;
    }
  }
  if (io.prompter && !(await ask(kind, values, io))) {
    io.err(`new:${name}: cancelled, nothing written`);
    return 1;
  }
  const missing = kind.fields.filter((f) => f.required && !values[f.key]).map((f) => `--${f.key}`);
  if (missing.length > 0) {
    io.err(`new:${name}: missing ${missing.join(', ')} (not a terminal, so nothing is asked)`);
    io.err(usage(kind));
    return 2;
  }
  const id =
    (typeof parsed.values.id === 'string' ? parsed.values.id : parsed.positionals[0]) ??
    defaultId(kind, values);
  if (!ID.test(id)) {
    io.err(`new:${name}: "${id}" is not a valid id (lower-case ASCII words joined by hyphens)`);
    return 2;
  }
  const drafts = new Map([[draftPath(kind, id), draftYaml(kind, values)]]);
  for (const company of missingCompanies(kind, values, io.root)) {
    const create =
      io.prompter &&
      (await io.prompter.confirm({
        message: `data/companies/${company}.yaml がありません。作成しますか?`,
      }));
    if (!create) continue;
    const fields: Record<string, string> = {};
    if (!(await ask(DRAFT_KINDS.company, fields, io))) return 1;
    drafts.set(draftPath(DRAFT_KINDS.company, company), draftYaml(DRAFT_KINDS.company, fields));
  }
  const taken = [...drafts.keys()].filter((path) => existsSync(join(io.root, path)));
  if (taken.length > 0) {
    io.err(`new:${name}: ${taken.join(', ')} already exists; edit it or choose another id`);
    return 1;
  }
  const problems = checkDrafts(io.root, drafts);
  if (problems.length > 0) {
    for (const p of problems) io.err(formatProblem(p));
    io.err(`new:${name}: not written; fix the values above and run it again`);
    return 1;
  }
  for (const [path, text] of drafts) {
    writeFileSync(join(io.root, path), text, { flag: 'wx' });
    io.out(`wrote ${path}`);
  }
  const preview = io.preview ?? 'http://localhost:4321/';
  const company = kind.companyField ? values[kind.companyField]?.split(',')[0] : id;
  io.out(`preview: npm run dev, then open ${preview}companies/${company}/`);
  return 0;
}
