import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../../src/integrations/git-history';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'atlas-history-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e.org', ...args], {
    cwd,
    stdio: 'pipe',
  });

function repoWithTwoCommits(): string {
  const repo = temp();
  git(repo, 'init', '-q');
  mkdirSync(join(repo, 'data', 'funding-rounds'), { recursive: true });
  writeFileSync(join(repo, 'data', 'funding-rounds', 'x.yaml'), 'amount: 1\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'Add round x');
  writeFileSync(join(repo, 'data', 'funding-rounds', 'x.yaml'), 'amount: 2\n');
  writeFileSync(join(repo, 'README.md'), 'not data\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'Correct round x');
  return repo;
}

describe('readHistory', () => {
  const repo = repoWithTwoCommits();

  it('lists every commit touching data/ or content/, newest first, with the record changed', () => {
    const h = readHistory(repo);
    expect(h.state).toBe('full');
    if (h.state === 'unavailable') return;
    expect(h.changes.map((c) => c.subject)).toEqual(['Correct round x', 'Add round x']);
    expect(h.changes[0]!.files).toEqual([
      {
        status: 'modified',
        path: 'data/funding-rounds/x.yaml',
        thing: { kind: 'record', dataset: 'funding-rounds', id: 'x' },
      },
    ]);
  });

  it('says a shallow clone holds only part of the history', () => {
    const clone = join(temp(), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone], {
      stdio: 'pipe',
    });
    const h = readHistory(clone);
    expect(h.state).toBe('shallow');
    if (h.state === 'unavailable') return;
    expect(h.changes.map((c) => c.subject)).toEqual(['Correct round x']);
  });

  it('reports a folder outside any repository as unavailable instead of failing the build', () => {
    expect(readHistory(temp()).state).toBe('unavailable');
  });
});
