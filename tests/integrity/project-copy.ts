import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildEnv, copyTopLevel, linkModules, NOT_PROJECT } from '../../scripts/lib/project-copy';

const MAIN = process.cwd();
const SKIP = new Set(NOT_PROJECT);

/** A copy of the working tree in a temp folder, with the same git history and packages. */
export interface ProjectCopy {
  dir: string;
  remove: () => void;
}

/**
 * Copies the working tree to a temp folder, gives it its own clone of the git history (the
 * changes page reads it) and links node_modules package by package, leaving out build caches
 * so the copy's build shares nothing with the main one.
 */
export function copyProject(name: string): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
  execFileSync('git', ['clone', '--quiet', '--no-checkout', '--local', MAIN, dir]);
  copyTopLevel(MAIN, dir, SKIP);
  execFileSync('git', ['-C', dir, 'reset', '--quiet']);
  linkModules(MAIN, dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The outcome of `npm run build` in a copy: exit code and everything it printed. */
export interface BuildRun {
  code: number;
  output: string;
}

/** Runs the project's build script (`npm run build`) in `dir` with `env` added. */
export async function runBuild(dir: string, env: Record<string, string>): Promise<BuildRun> {
  const bin = join(MAIN, 'node_modules/.bin');
  try {
    const { stdout, stderr } = await promisify(execFile)(
      join(bin, 'tsx'),
      [join(dir, 'scripts/build.ts')],
      {
        cwd: dir,
        env: buildEnv(bin, env),
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout}${e.stderr}` };
  }
}
