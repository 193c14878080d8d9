/**
 * The one implementation behind `npm run new:round`, `new:company` and `new:deal`: flags for
 * scripts, questions in a terminal (an injected prompter, @clack/prompts by default), the
 * article's sentences offered as quotes, validation before anything is written, no overwrite.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkDrafts,
  choiceLabels,
  DRAFT_KINDS,
  draftPath,
  draftYaml,
  quoteCandidates,
  quoteProblem,
  type DraftField,
  type DraftKind,
} from '../../src/lib/validate/draft';
import { formatProblem } from '../../src/lib/validate/problem';

/** The questions the flow asks; undefined means the editor cancelled. */
export interface Prompter {
  /** `validate` returns what is wrong with an answer, which is then asked again. */
  text(o: {
    message: string;
    placeholder?: string;
    validate?: (value: string) => string | undefined;
  }): Promise<string | undefined>;
  /** `labels` names each option for the reader (the value is what is written). */
  select(o: {
    message: string;
    options: string[];
    labels?: Record<string, string>;
  }): Promise<string | undefined>;
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
    const articles = field.key === 'article' ? articleTitles(io.root) : undefined;
    if (field.choices)
      answer = await p.select({
        message: field.question,
        options: [...field.choices],
        labels: choiceLabels(field),
      });
    else if (field.key === 'quote') answer = await askQuote(kind, values, io);
    else if (articles && articles.size > 0)
      answer = await p.select({
        message: '出典記事',
        options: [...articles.keys()],
        labels: Object.fromEntries(articles),
      });
    else answer = await p.text({ message: field.question, ...validator(field) });
    if (answer === undefined) return false;
    if (answer !== '') values[field.key] = answer;
  }
  return true;
}

// An optional field may be left empty; anything typed must pass the field's check.
function validator(field: DraftField) {
  const check = field.check;
  if (!check) return {};
  return {
    validate: (v: string) =>
      v.trim() === '' ? (field.required ? '入力してください' : undefined) : check(v),
  };
}

/** The articles a record can cite: slug to title (read from the frontmatter), by slug. */
function articleTitles(root: string): Map<string, string> {
  const dir = join(root, 'content/articles');
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => {
        const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(readFileSync(join(dir, f), 'utf8'));
        const slug = f.replace(/\.mdx$/, '');
        return [slug, title?.[1] ?? slug];
      }),
  );
}

async function askQuote(kind: DraftKind, values: Record<string, string>, io: NewIo) {
  const p = io.prompter!;
  const file = join(io.root, 'content/articles', `${values.article}.mdx`);
  const figure = values[kind.figure ?? ''] ?? '';
  const mdx = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const offered = mdx ? quoteCandidates(mdx, figure) : [];
  if (offered.length > 0) {
    const picked = await p.select({ message: `「${figure}」を含む文`, options: [...offered, OWN] });
    if (picked !== OWN) return picked;
  }
  const none =
    mdx && figure && offered.length === 0 ? `(記事に「${figure}」を含む文はありません)` : '';
  return p.text({
    message: `記事の一文 (原文のまま)${none}`,
    ...(mdx && { validate: (v: string) => quoteProblem(mdx, v, figure) }),
  });
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
