import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { validateTree } from '../src/lib/validate/tree';

const USAGE = `usage: npm run bench [-- --no-build] [--runs N]
  measures validation and ingest time, the production build, and the bytes it ships`;

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean' },
    runs: { type: 'string', default: '5' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Math.max(1, Number(values.runs));
const root = process.cwd();

/** Runs `fn` `n` times and returns the median wall time in milliseconds. */
function median(n: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: [string, string][] = [];

let checked = 0;
rows.push([
  `validate data/ (median of ${runs})`,
  `${median(runs, () => (checked = validateTree({ root }).filesChecked)).toFixed(0)} ms, ${checked} files`,
]);

const out = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const ingestMs = median(1, () =>
  execFileSync('npx', ['tsx', 'scripts/ingest.ts', '--out', out], { stdio: 'ignore' }),
);
rmSync(out, { recursive: true, force: true });
rows.push(['ingest content/sources/ (one run, incl. tsx start-up)', `${ingestMs.toFixed(0)} ms`]);

if (!values['no-build']) {
  const buildMs = median(1, () =>
    execFileSync('npx', ['astro', 'build'], {
      stdio: 'ignore',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    }),
  );
  rows.push(['astro build (one run)', `${(buildMs / 1000).toFixed(1)} s`]);
}

const dist = join(root, 'dist');
const all = files(dist);
const bytes = (ext: string) =>
  all.filter((f) => extname(f) === ext).reduce((n, f) => n + statSync(f).size, 0);
const pages = all.filter((f) => f.endsWith('.html'));
rows.push(['HTML pages', `${pages.length}, ${kb(bytes('.html'))} in all`]);
rows.push(['JavaScript shipped', kb(bytes('.js'))]);
rows.push(['CSS shipped', kb(bytes('.css'))]);
const sized = pages
  .map((f) => {
    const html = readFileSync(f);
    return { page: relative(dist, f), raw: html.length, gz: gzipSync(html).length };
  })
  .sort((a, b) => b.raw - a.raw);
for (const p of sized.slice(0, 5)) {
  rows.push([`  ${p.page}`, `${kb(p.raw)} (${kb(p.gz)} gzip)`]);
}

const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
