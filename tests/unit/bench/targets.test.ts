import { describe, expect, it } from 'vitest';
import { parsePeakRss } from '../../../scripts/bench/measure';
import type { PeerResult } from '../../../scripts/bench/peers';
import { countsFor, type SizeName } from '../../../scripts/bench/sizes';
import { checkTargets, type SizeResult } from '../../../scripts/bench/targets';

const weight = (total: number) => ({ html: total, css: 0, js: 0, total, gzip: total / 4 });

function result(
  size: SizeName,
  buildSeconds: number,
  pages: number,
  peers: PeerResult[] = [],
): SizeResult {
  return {
    size,
    measuredAt: '2026-01-01T00:00:00Z',
    commit: 'abc',
    counts: countsFor(size),
    records: {},
    files: 100,
    sourceBytes: 1,
    ingest: { seconds: 1, mbPerSecond: 6 },
    validate: { files: 100, seconds: 2, filesPerSecond: 50 },
    build: {
      seconds: buildSeconds,
      pages,
      pagesPerSecond: pages / buildSeconds,
      peakRssBytes: 1024 ** 3,
      distBytes: 1,
      largest: [],
    },
    warmRebuild: null,
    companyPage: { median: weight(20_000), max: weight(30_000) },
    peers,
  };
}

const peer = (pagesPerSecond: number, pageBytes: number): PeerResult => ({
  peer: 'observable-framework',
  version: '1',
  seconds: 1,
  pages: pagesPerSecond,
  pagesPerSecond,
  peakRssBytes: null,
  distBytes: 1,
  largest: [],
  pageWeight: { median: weight(pageBytes), max: weight(pageBytes) },
});

const statusOf = (targets: ReturnType<typeof checkTargets>, start: string) =>
  targets.find((t) => t.target.startsWith(start))?.status;

describe('checkTargets', () => {
  it('leaves the 10k targets not measured when 10k was not run', () => {
    const targets = checkTargets([result('1x', 10, 50)]);
    expect(statusOf(targets, '10k: full build')).toBe('not measured');
    expect(statusOf(targets, '10k: validation')).toBe('not measured');
  });

  it('misses a 10k build of 130 s and meets one of 100 s at 6,000 pages', () => {
    expect(statusOf(checkTargets([result('10k', 130, 6000)]), '10k: full build')).toBe('missed');
    const fast = checkTargets([result('10k', 100, 6000)]);
    expect(statusOf(fast, '10k: full build')).toBe('met');
    expect(statusOf(fast, '10k: at least 60 pages/s')).toBe('met');
  });

  it('allows 10x the data at most 12x the build time', () => {
    expect(statusOf(checkTargets([result('1x', 10, 5), result('10x', 120, 50)]), '1x -> 10x')).toBe(
      'met',
    );
    expect(statusOf(checkTargets([result('1x', 10, 5), result('10x', 121, 50)]), '1x -> 10x')).toBe(
      'missed',
    );
  });

  it('compares page bytes and throughput with the peer at the largest size measured', () => {
    const targets = checkTargets([
      result('1x', 10, 50, [peer(10, 100_000)]),
      result('10x', 20, 100, [peer(2, 400_000)]),
    ]);
    expect(targets.find((t) => t.target.includes('page bytes'))).toMatchObject({
      target: expect.stringMatching(/^10x/),
      status: 'met',
    });
    expect(statusOf(targets, '10x: build throughput')).toBe('met');
    const slow = checkTargets([result('1x', 10, 50, [peer(10, 100_000)])]);
    expect(statusOf(slow, '1x: company page bytes')).toBe('missed');
    expect(statusOf(slow, '1x: build throughput')).toBe('missed');
  });
});

describe('parsePeakRss', () => {
  it('reads GNU time -v kilobytes as bytes', () => {
    expect(parsePeakRss('\tMaximum resident set size (kbytes): 2048\n')).toBe(2048 * 1024);
  });

  it('is null when the report has no such line', () => {
    expect(parsePeakRss('Command exited with non-zero status 1')).toBeNull();
  });
});
