/**
 * The peers the bench builds the same company pages with: Observable Framework (table and bar
 * chart per company, drawn in the browser by Inputs and Plot) and Hugo (a plain HTML table and
 * SVG bars, the lower bound). Each is installed under the bench's own temporary folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMoney } from '../../src/lib/money/parse';
import type { CompanyRounds } from './corpus';
import { distStats, pageWeight, type PageSize, type PageWeight } from './dist';
import { measure } from './measure';

/** One peer's build of the company pages. */
export interface PeerResult {
  peer: string;
  version: string;
  seconds: number;
  pages: number;
  pagesPerSecond: number;
  peakRssBytes: number | null;
  distBytes: number;
  largest: PageSize[];
  /** What a reader downloads for the median and the heaviest company page. */
  pageWeight: { median: PageWeight; max: PageWeight };
}

/** Companies with at least one round: the pages whose bytes are compared. */
const withRounds = (companies: CompanyRounds[]) => companies.filter((c) => c.rounds.length > 0);

const OBSERVABLE_PACKAGES = [
  '@observablehq/framework',
  '@observablehq/plot',
  '@observablehq/inputs',
];

/** Installs Observable Framework into `cache` unless it is there already; returns its version. */
export function installObservable(cache: string): string {
  const pkg = join(cache, 'node_modules/@observablehq/framework/package.json');
  if (!existsSync(pkg)) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(
      join(cache, 'package.json'),
      '{"name":"bench-peer","private":true,"type":"module"}\n',
    );
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--loglevel=error', ...OBSERVABLE_PACKAGES],
      {
        cwd: cache,
        stdio: 'ignore',
      },
    );
  }
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

const usd = (amount: string) => {
  const parsed = parseMoney(amount);
  return parsed.ok ? (parsed.value.max ?? parsed.value.min ?? 0) : 0;
};

function observablePage(c: CompanyRounds): string {
  const rows = c.rounds.map((r) => ({ ...r, usd: usd(r.amount) }));
  return `---
title: ${JSON.stringify(c.name)}
toc: false
---

# ${c.name}

\`\`\`js
import * as Plot from "@observablehq/plot";
import * as Inputs from "@observablehq/inputs";
const rounds = ${JSON.stringify(rows)};
\`\`\`

\`\`\`js
display(Inputs.table(rounds, {columns: ["round", "date", "amount"], header: {round: "ラウンド", date: "日付", amount: "金額"}}));
\`\`\`

\`\`\`js
display(Plot.plot({marginLeft: 100, x: {label: "米ドル"}, marks: [Plot.barX(rounds, {y: "round", x: "usd"})]}));
\`\`\`
`;
}

function collect(
  peer: string,
  version: string,
  out: string,
  pages: string[],
  run: ReturnType<typeof measure>,
): PeerResult {
  if (run.status !== 0) throw new Error(`${peer} build failed (exit ${run.status})`);
  const stats = distStats(out);
  const weights = pages.map((p) => pageWeight(out, p));
  const byTotal = [...weights].sort((a, b) => a.total - b.total);
  return {
    peer,
    version,
    seconds: run.seconds,
    pages: stats.pages,
    pagesPerSecond: stats.pages / run.seconds,
    peakRssBytes: run.peakRssBytes,
    distBytes: stats.bytes,
    largest: stats.largest,
    pageWeight: {
      median: byTotal[byTotal.length >> 1]!,
      max: byTotal.at(-1)!,
    },
  };
}

/** Builds one Framework page per company in `dir` with the Framework installed in `cache`. */
export function buildObservable(
  dir: string,
  cache: string,
  companies: CompanyRounds[],
  node: string,
): PeerResult {
  const version = installObservable(cache);
  mkdirSync(join(dir, 'src/companies'), { recursive: true });
  symlinkSync(join(cache, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'package.json'),
    '{"name":"bench-peer","private":true,"type":"module"}\n',
  );
  writeFileSync(
    join(dir, 'observablehq.config.js'),
    'export default {title: "Peer", root: "src", sidebar: false, pager: false, search: false, footer: ""};\n',
  );
  for (const c of companies)
    writeFileSync(join(dir, `src/companies/${c.id}.md`), observablePage(c));
  const cli = join(cache, 'node_modules/@observablehq/framework/dist/bin/observable.js');
  const run = measure([node, cli, 'build'], dir, join(dir, 'build.log'), {
    OBSERVABLE_TELEMETRY_DISABLE: 'true',
  });
  const out = join(dir, 'dist');
  const pages = withRounds(companies).map((c) => join(out, `companies/${c.id}.html`));
  return collect('observable-framework', version, out, pages, run);
}

const HUGO_LAYOUT = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
<h1>{{ .Title }}</h1>
<table><thead><tr><th>ラウンド</th><th>日付</th><th>金額</th></tr></thead><tbody>
{{ range .Params.rounds }}<tr><td>{{ .round }}</td><td>{{ .date }}</td><td>{{ .amount }}</td></tr>
{{ end }}</tbody></table>
<svg width="640" height="{{ mul (len .Params.rounds) 24 }}" role="img" aria-label="資金調達額">
{{ range $i, $r := .Params.rounds }}<text x="0" y="{{ add (mul $i 24) 14 }}">{{ $r.round }}</text><rect x="110" y="{{ mul $i 24 }}" width="{{ $r.width }}" height="18"></rect>
{{ end }}</svg>
</body></html>
`;

/** True when a `hugo` binary is on the PATH. */
export function hasHugo(): boolean {
  return spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0;
}

/** Builds the same company pages as plain HTML with Hugo in `dir`. */
export function buildHugo(dir: string, companies: CompanyRounds[]): PeerResult {
  const version =
    execFileSync('hugo', ['version'], { encoding: 'utf8' }).split(' ')[1] ?? 'unknown';
  mkdirSync(join(dir, 'content/companies'), { recursive: true });
  mkdirSync(join(dir, 'layouts/_default'), { recursive: true });
  writeFileSync(
    join(dir, 'config.toml'),
    'baseURL = "/"\nlanguageCode = "ja"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]\n',
  );
  writeFileSync(join(dir, 'layouts/_default/single.html'), HUGO_LAYOUT);
  for (const c of companies) {
    const most = Math.max(1, ...c.rounds.map((r) => usd(r.amount)));
    const rounds = c.rounds.map((r) => ({ ...r, width: Math.round((usd(r.amount) / most) * 500) }));
    writeFileSync(
      join(dir, `content/companies/${c.id}.md`),
      `${JSON.stringify({ title: c.name, rounds })}\n`,
    );
  }
  const run = measure(['hugo', '--quiet', '-d', 'public'], dir, join(dir, 'build.log'));
  const out = join(dir, 'public');
  const pages = withRounds(companies).map((c) => join(out, `companies/${c.id}/index.html`));
  return collect('hugo', version, out, pages, run);
}
