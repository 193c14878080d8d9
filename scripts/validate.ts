import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem, summarise, validateTree } from '../src/lib/validate/index';

const USAGE = `usage: npm run validate [-- [--json] [<file-or-folder>...]]
  checks every record in data/ against its schema, the companies it names, and the articles it
  quotes; with paths, reports only on those files (the rest of data/ is still read as context).
  A file outside data/ belongs to the dataset its parent folder is named after.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const root = fileURLToPath(new URL('..', import.meta.url));
// npm runs scripts from the project root; paths are meant relative to where the user typed them.
const cwd = process.env.INIT_CWD ?? process.cwd();
const only = positionals.length > 0 ? positionals.map((p) => resolve(cwd, p)) : undefined;

const started = performance.now();
let result: ReturnType<typeof validateTree>;
try {
  result = validateTree({ root, ...(only ? { only } : {}) });
} catch (error) {
  // Data errors are reported per file above; this is the tree itself being unreadable.
  console.error(`validate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const { problems, filesChecked } = result;
const seconds = (performance.now() - started) / 1000;

if (values.json) {
  console.log(JSON.stringify({ problems, filesChecked, seconds: Number(seconds.toFixed(3)) }));
} else {
  for (const p of problems) console.log(formatProblem(p));
  console.log(`${summarise(problems, filesChecked)} (${seconds.toFixed(2)} s)`);
}
process.exitCode = problems.length > 0 ? 1 : 0;
