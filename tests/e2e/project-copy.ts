import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildEnv, copyEntries, linkModules } from '../../scripts/lib/project-copy';

const MAIN = process.cwd();
const PROJECT = [
  'src',
  'content',
  'data',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

/** A built copy of the project: its folder and its dist/. */
export interface BuiltCopy {
  dir: string;
  dist: string;
  remove: () => void;
}

/**
 * Copies the project to a temp folder, lets `edit` change the copy, and runs `astro build`
 * there with the project's own Node and `env` added, so a test can compare two builds.
 */
export async function buildCopy(
  name: string,
  edit: (dir: string) => void,
  env: Record<string, string> = {},
): Promise<BuiltCopy> {
  const dir = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
  copyEntries(MAIN, dir, PROJECT);
  linkModules(MAIN, dir);
  edit(dir);
  const bin = join(MAIN, 'node_modules/.bin');
  await promisify(execFile)(join(bin, 'astro'), ['build'], {
    cwd: dir,
    env: buildEnv(bin, env),
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    dir,
    dist: join(dir, 'dist'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
