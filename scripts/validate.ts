import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { articleConversions } from '../src/lib/data/conversions';
import { loadFxTable } from '../src/lib/money/fx';
import { formatMoney } from '../src/lib/money/format';
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
  if (!only) reportConversions();
}

/**
 * Checks the yen and euro conversions the articles print against data/fx-rates.yaml. The
 * articles are never edited, so a stray conversion is reported but does not fail validation.
 */
function reportConversions(): void {
  let table;
  try {
    table = loadFxTable(readFileSync(join(root, 'data/fx-rates.yaml'), 'utf8'));
  } catch {
    return; // already reported as a data problem above
  }
  const latest = Math.max(...table.rates.map((r) => r.year));
  const dir = join(root, 'content/articles');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
  const years = new Map(
    articles.map((a) => [a.slug, Number(/^date: "?(\d{4})/m.exec(a.text)?.[1] ?? latest)]),
  );
  const rows = articleConversions(articles, table, (slug) => years.get(slug) ?? latest);
  for (const r of rows.filter((row) => row.outlier)) {
    const pct = (r.deviation * 100).toFixed(1);
    console.log(
      `content/articles/${r.article}.mdx: conversion: ${formatMoney(r.usd)}(${formatMoney(r.local)}) implies ${r.impliedRate.toFixed(1)} per USD, ${pct}% from the table's ${r.tableRate} (warning: the article is quoted as published)`,
    );
  }
  const outliers = rows.filter((r) => r.outlier).length;
  console.log(
    `${rows.length} printed currency conversions checked against data/fx-rates.yaml, ${outliers} off by more than 5%`,
  );
}
process.exitCode = problems.length > 0 ? 1 : 0;
