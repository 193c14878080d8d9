import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** How one command ran: wall time, the largest process's peak RSS, and its exit code. */
export interface Measured {
  seconds: number;
  /** Peak resident set of the largest process in the tree, in bytes; null without GNU time. */
  peakRssBytes: number | null;
  status: number;
  /** Standard output, for commands that report on it (such as `validate --json`). */
  stdout: string;
}

const GNU_TIME = '/usr/bin/time';

/** Reads "Maximum resident set size (kbytes): N" from GNU time's -v report; null when absent. */
export function parsePeakRss(report: string): number | null {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  return match ? Number(match[1]) * 1024 : null;
}

/**
 * Runs `command` in `cwd` under GNU time (when installed) and returns what it cost; output and
 * errors go to `log` so a failed build can be read afterwards.
 */
export function measure(
  command: string[],
  cwd: string,
  log: string,
  env: NodeJS.ProcessEnv = {},
): Measured {
  const timed = existsSync(GNU_TIME);
  const report = `${log}.time`;
  const argv = timed ? [GNU_TIME, '-v', '-o', report, ...command] : command;
  const started = performance.now();
  const run = spawnSync(argv[0]!, argv.slice(1), {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(log, `$ ${command.join(' ')}\n${run.stdout ?? ''}\n${run.stderr ?? ''}`);
  const peakRssBytes =
    timed && existsSync(report) ? parsePeakRss(readFileSync(report, 'utf8')) : null;
  return { seconds, peakRssBytes, status: run.status ?? 1, stdout: run.stdout ?? '' };
}
