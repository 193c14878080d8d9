import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  articleConversions,
  CONVERSION_TOLERANCE,
  impliedRatesByArticle,
} from '../src/lib/data/conversions';
import { loadFxTable } from '../src/lib/money/fx';
import { formatMoney } from '../src/lib/money/format';
import { runValidate } from '../src/lib/validate/cli';

const root = fileURLToPath(new URL('..', import.meta.url));
const { code, full } = runValidate(process.argv.slice(2), {
  root,
  // npm runs scripts from the project root; paths are meant relative to where the user typed them.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
});
if (full) reportConversions();
process.exitCode = code;

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
  for (const a of impliedRatesByArticle(rows)) {
    console.log(
      `content/articles/${a.article}.mdx: ${a.count} conversions imply ${a.min.toFixed(1)}–${a.max.toFixed(1)} per USD (table ${a.tableRate}, an editor estimate)`,
    );
  }
  console.log(
    `${rows.length} printed currency conversions checked against data/fx-rates.yaml, ${outliers} off by more than ${CONVERSION_TOLERANCE * 100}%`,
  );
}
