/**
 * Measures one corpus size end to end in a throw-away copy of the project: generate, ingest,
 * validate, a cold build, a warm rebuild after adding one round, and the peers' builds of the
 * same company pages. The real data/ and content/ are never touched.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { main as ingest } from '../../src/lib/ingest/main';
import { generateCorpus } from './corpus';
import { distStats, pageWeight } from './dist';
import { measure } from './measure';
import { buildHugo, buildObservable, hasHugo, type PeerResult } from './peers';
import { countsFor, type SizeName } from './sizes';
import type { SizeResult } from './targets';
import { copyProject, removeWorkspace, writeFiles } from './workspace';

/** How to run one size. */
export interface RunOptions {
  project: string;
  seed: number;
  peers: boolean;
  warm: boolean;
  keep: boolean;
  /** Folder that keeps the installed peers between runs. */
  peerCache: string;
  log: (line: string) => void;
}

const MB = 1024 * 1024;

function commitOf(project: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: project,
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
}

function build(ws: string, name: string) {
  // A CI environment requires SITE_URL; the bench's copy is never deployed.
  const env = { SITE_URL: process.env.SITE_URL ?? 'http://localhost:4321' };
  // The build a reader runs (`npm run build`): the same child process and allocator settings.
  const run = measure(['npx', 'tsx', 'scripts/build.ts'], ws, join(ws, `${name}.log`), env);
  if (run.status !== 0)
    throw new Error(`astro build failed (exit ${run.status}); see ${join(ws, `${name}.log`)}`);
  return run;
}

/** Generates the corpus for `size`, measures everything, and returns the results. */
export async function runSize(size: SizeName, options: RunOptions): Promise<SizeResult> {
  const { project, log } = options;
  const counts = countsFor(size);
  const loadAverage = loadavg()[0]!;
  const ws = mkdtempSync(join(tmpdir(), `atlas-bench-${size}-`));
  try {
    log(
      `${size}: generating ${counts.rounds} rounds, ${counts.companies} companies, ${counts.deals} deals, ${counts.articles} articles in ${ws}`,
    );
    const corpus = generateCorpus(
      counts,
      options.seed,
      readFileSync(join(project, 'data/fx-rates.yaml'), 'utf8'),
    );
    copyProject(project, ws);
    writeFiles(ws, corpus.files);

    log(`${size}: ingest`);
    const lines: string[] = [];
    const started = performance.now();
    const status = await ingest(['--out', 'content/articles', 'content/sources'], {
      cwd: ws,
      stdout: (l) => lines.push(l),
      stderr: (l) => lines.push(l),
    });
    const ingestSeconds = (performance.now() - started) / 1000;
    if (status !== 0) throw new Error(`ingest failed:\n${lines.slice(-10).join('\n')}`);

    log(`${size}: validate`);
    const validated = measure(
      ['npx', 'tsx', 'scripts/validate.ts', '--json'],
      ws,
      join(ws, 'validate.log'),
    );
    const report = JSON.parse(validated.stdout) as {
      problems: unknown[];
      filesChecked: number;
      seconds: number;
    };
    if (report.problems.length > 0) {
      throw new Error(
        `generated corpus is invalid: ${JSON.stringify(report.problems.slice(0, 3))}`,
      );
    }

    log(`${size}: cold build`);
    const cold = build(ws, 'build');
    const dist = join(ws, 'dist');
    const stats = distStats(dist);
    // Page bytes are compared on the pages that have what the peers draw: a rounds table and chart.
    const companyPages = corpus.companyRounds
      .filter((c) => c.rounds.length > 0)
      .map((c) => join(dist, 'companies', c.id, 'index.html'));
    const weights = companyPages.map((p) => pageWeight(dist, p)).sort((a, b) => a.total - b.total);
    if (weights.length === 0) throw new Error('the build wrote no company pages');

    let warmRebuild: SizeResult['warmRebuild'] = null;
    if (options.warm) {
      log(`${size}: warm rebuild after adding one round`);
      writeFiles(ws, [corpus.extraRound]);
      const warm = build(ws, 'rebuild');
      warmRebuild = { seconds: warm.seconds, pages: distStats(dist).pages };
    }

    const peers: PeerResult[] = [];
    if (options.peers) {
      log(`${size}: Observable Framework`);
      const node = join(project, 'node_modules/node/bin/node');
      const runtime = existsSync(node) ? node : process.execPath;
      peers.push(
        buildObservable(
          join(ws, 'peer-observable'),
          join(options.peerCache, 'observable'),
          corpus.companyRounds,
          runtime,
        ),
      );
      if (hasHugo()) {
        log(`${size}: Hugo`);
        peers.push(buildHugo(join(ws, 'peer-hugo'), corpus.companyRounds));
      } else log(`${size}: Hugo is not installed (apt-get install hugo); skipped`);
    }

    return {
      size,
      measuredAt: new Date().toISOString(),
      commit: commitOf(project),
      loadAverage,
      counts,
      records: corpus.stats.records,
      files: report.filesChecked,
      sourceBytes: corpus.stats.sourceBytes,
      ingest: {
        seconds: ingestSeconds,
        mbPerSecond: corpus.stats.sourceBytes / MB / ingestSeconds,
      },
      validate: {
        files: report.filesChecked,
        seconds: report.seconds,
        filesPerSecond: report.filesChecked / report.seconds,
      },
      build: {
        seconds: cold.seconds,
        pages: stats.pages,
        pagesPerSecond: stats.pages / cold.seconds,
        peakRssBytes: cold.peakRssBytes,
        distBytes: stats.bytes,
        largest: stats.largest,
      },
      warmRebuild,
      companyPage: { median: weights[weights.length >> 1]!, max: weights.at(-1)! },
      peers,
    };
  } finally {
    if (options.keep) log(`${size}: kept ${ws}`);
    else removeWorkspace(ws);
  }
}

/** Removes a peer cache folder (for a run that must reinstall the peers). */
export function clearPeerCache(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
