/**
 * The performance targets (issue 11 §4) checked against bench results. A target is `met`,
 * `missed`, or `not measured` when the size or peer it needs was not part of the run.
 */
import type { PageWeight } from './dist';
import type { PeerResult } from './peers';
import type { CorpusCounts, SizeName } from './sizes';

/** What the bench measured at one size. */
export interface SizeResult {
  size: SizeName;
  measuredAt: string;
  commit: string;
  /** 1-minute load average when the size started: above the core count, other work shared the CPU. */
  loadAverage?: number;
  counts: CorpusCounts;
  records: Record<string, number>;
  files: number;
  sourceBytes: number;
  ingest: { seconds: number; mbPerSecond: number };
  validate: { files: number; seconds: number; filesPerSecond: number };
  build: {
    seconds: number;
    pages: number;
    pagesPerSecond: number;
    peakRssBytes: number | null;
    distBytes: number;
    largest: { page: string; raw: number; gzip: number }[];
  };
  warmRebuild: { seconds: number; pages: number } | null;
  companyPage: { median: PageWeight; max: PageWeight };
  peers: PeerResult[];
}

/** One target's standing. */
export interface TargetStatus {
  target: string;
  status: 'met' | 'missed' | 'not measured';
  detail: string;
}

const GB = 1024 ** 3;

function check(
  target: string,
  value: number | undefined,
  ok: (v: number) => boolean,
  show: (v: number) => string,
): TargetStatus {
  if (value === undefined || Number.isNaN(value))
    return { target, status: 'not measured', detail: '' };
  return { target, status: ok(value) ? 'met' : 'missed', detail: show(value) };
}

/** Returns the standing of every target given the sizes measured (any order). */
export function checkTargets(results: readonly SizeResult[]): TargetStatus[] {
  const at = (size: SizeName) => results.find((r) => r.size === size);
  const top = at('10k');
  const largest = [...results].sort((a, b) => b.counts.rounds - a.counts.rounds)[0];
  const observable = largest?.peers.find((p) => p.peer === 'observable-framework');
  const sorted = [...results].sort((a, b) => a.counts.rounds - b.counts.rounds);
  const scaling = sorted.slice(1).map((r, i) => {
    const prev = sorted[i]!;
    const data = r.counts.rounds / prev.counts.rounds;
    const time = r.build.seconds / prev.build.seconds;
    return check(
      `${prev.size} -> ${r.size}: build time at most 1.2x the data ratio (${data.toFixed(1)}x data)`,
      time / data,
      (v) => v <= 1.2,
      () => `${time.toFixed(1)}x time`,
    );
  });
  const s = (v: number) => `${v.toFixed(1)} s`;
  return [
    check('10k: full build under 120 s', top?.build.seconds, (v) => v < 120, s),
    check(
      '10k: at least 60 pages/s',
      top?.build.pagesPerSecond,
      (v) => v >= 60,
      (v) => `${v.toFixed(1)} pages/s`,
    ),
    ...results.map((r) =>
      check(
        `${r.size}: peak RSS under 2 GB`,
        r.build.peakRssBytes ?? undefined,
        (v) => v < 2 * GB,
        (v) => `${(v / GB).toFixed(2)} GB`,
      ),
    ),
    ...scaling,
    check('10k: validation under 3 s', top?.validate.seconds, (v) => v < 3, s),
    ...results.map((r) =>
      check(
        `${r.size}: ingest + de-dup at least 5 MB/s`,
        r.ingest.mbPerSecond,
        (v) => v >= 5,
        (v) => `${v.toFixed(2)} MB/s`,
      ),
    ),
    check(
      `${largest?.size ?? '-'}: company page bytes at most a tenth of Observable Framework's`,
      observable && largest
        ? largest.companyPage.median.total / observable.pageWeight.median.total
        : undefined,
      (v) => v <= 0.1,
      (v) => `${(v * 100).toFixed(1)}% of the peer's`,
    ),
    check(
      `${largest?.size ?? '-'}: build throughput at least Observable Framework's`,
      observable && largest ? largest.build.pagesPerSecond / observable.pagesPerSecond : undefined,
      (v) => v >= 1,
      (v) => `${v.toFixed(2)}x the peer's pages/s`,
    ),
  ];
}
