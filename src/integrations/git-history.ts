import { execFileSync } from 'node:child_process';
import { LOG_FORMAT, parseGitLog, type Change } from '../lib/nav/changes';

/** The history of data/ and content/ as the build sees it. */
export type History =
  | { state: 'full'; changes: Change[] }
  | { state: 'shallow'; changes: Change[] }
  | { state: 'unavailable'; reason: string };

const git = (cwd: string, args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/**
 * Returns the commits touching data/ and content/ in the repository at `cwd`; a shallow clone
 * returns what it has flagged 'shallow', and no git or no repository returns 'unavailable'.
 */
export function readHistory(cwd: string): History {
  try {
    const shallow = git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
    const text = git(cwd, [
      'log',
      `--format=${LOG_FORMAT}`,
      '--name-status',
      '--no-renames',
      '--',
      'data',
      'content',
    ]);
    const changes = parseGitLog(text);
    return { state: shallow ? 'shallow' : 'full', changes };
  } catch (e) {
    return { state: 'unavailable', reason: e instanceof Error ? e.message.split('\n')[0]! : '' };
  }
}
