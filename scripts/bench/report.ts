/** Prints bench results as a table and keeps bench/results.json, merged by size across runs. */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { SizeResult, TargetStatus } from './targets';

/** The machine a result was measured on. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
}

/** The whole of bench/results.json. */
export interface Results {
  machine: Machine;
  seed: number;
  sizes: SizeResult[];
  targets: TargetStatus[];
}

/** Describes this machine. */
export function machine(): Machine {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** Returns the sizes in `path` (if it exists) with those in `fresh` replacing the same sizes. */
export function mergeSizes(path: string, fresh: readonly SizeResult[]): SizeResult[] {
  const old = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Results).sizes : [];
  const kept = old.filter((o) => !fresh.some((f) => f.size === o.size));
  return [...kept, ...fresh].sort((a, b) => a.counts.rounds - b.counts.rounds);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number | null) => (n === null ? 'n/a' : `${(n / 1024 ** 2).toFixed(0)} MB`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Returns the printed report: one column per size, then the peers, then the targets. */
export function formatReport(
  sizes: readonly SizeResult[],
  targets: readonly TargetStatus[],
): string {
  const col = (f: (r: SizeResult) => string) => sizes.map(f);
  const main = [
    ['', ...col((r) => r.size)],
    [
      'rounds/companies/deals/articles',
      ...col(
        (r) => `${r.counts.rounds}/${r.counts.companies}/${r.counts.deals}/${r.counts.articles}`,
      ),
    ],
    ['load average at start', ...col((r) => r.loadAverage?.toFixed(1) ?? 'n/a')],
    [
      'validate',
      ...col(
        (r) =>
          `${r.validate.seconds.toFixed(2)} s, ${r.validate.filesPerSecond.toFixed(0)} files/s`,
      ),
    ],
    [
      'ingest + de-dup',
      ...col((r) => `${r.ingest.seconds.toFixed(2)} s, ${r.ingest.mbPerSecond.toFixed(2)} MB/s`),
    ],
    ['full build', ...col((r) => `${r.build.seconds.toFixed(1)} s`)],
    ['pages, pages/s', ...col((r) => `${r.build.pages}, ${r.build.pagesPerSecond.toFixed(1)}`)],
    ['peak RSS', ...col((r) => mb(r.build.peakRssBytes))],
    ['dist size', ...col((r) => mb(r.build.distBytes))],
    [
      'largest page (gzip)',
      ...col((r) => `${kb(r.build.largest[0]?.raw ?? 0)} (${kb(r.build.largest[0]?.gzip ?? 0)})`),
    ],
    [
      'warm rebuild +1 round',
      ...col((r) => (r.warmRebuild ? `${r.warmRebuild.seconds.toFixed(1)} s` : 'not run')),
    ],
    ['company page HTML+CSS+JS (median)', ...col((r) => kb(r.companyPage.median.total))],
  ];
  const largest = sizes.flatMap((r) =>
    r.build.largest.map((p) => [r.size, p.page, kb(p.raw), kb(p.gzip)]),
  );
  const peers = sizes.flatMap((r) =>
    r.peers.map((p) => [
      r.size,
      `${p.peer} ${p.version}`,
      `${p.seconds.toFixed(1)} s`,
      `${p.pages} pages, ${p.pagesPerSecond.toFixed(1)}/s`,
      mb(p.peakRssBytes),
      `${kb(p.pageWeight.median.total)} (${kb(p.pageWeight.median.gzip)} gzip)`,
    ]),
  );
  const ours = sizes.map((r) => [
    r.size,
    'ours (astro)',
    `${r.build.seconds.toFixed(1)} s`,
    `${r.build.pages} pages, ${r.build.pagesPerSecond.toFixed(1)}/s`,
    mb(r.build.peakRssBytes),
    `${kb(r.companyPage.median.total)} (${kb(r.companyPage.median.gzip)} gzip)`,
  ]);
  return [
    table(main),
    '',
    'five largest pages',
    table([['size', 'page', 'raw', 'gzip'], ...largest]),
    '',
    'company pages side by side (page bytes: HTML + CSS + JS a reader downloads, median page)',
    table([
      ['size', 'builder', 'build', 'throughput', 'peak RSS', 'page bytes'],
      ...ours,
      ...peers,
    ]),
    '',
    'targets',
    table(targets.map((t) => [t.status, t.target, t.detail])),
  ].join('\n');
}
