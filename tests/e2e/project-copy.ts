import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

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
// Build caches live under node_modules; the copy gets its own so two builds never share one.
const CACHES = new Set(['.astro', '.vite', '.cache']);

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
  for (const entry of PROJECT) cpSync(join(MAIN, entry), join(dir, entry), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(MAIN, 'node_modules'))) {
    if (CACHES.has(entry)) continue;
    symlinkSync(join(MAIN, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  edit(dir);
  const bin = join(MAIN, 'node_modules/.bin');
  await promisify(execFile)(join(bin, 'astro'), ['build'], {
    cwd: dir,
    // The project's own Node (the `node` devDependency) runs the build, as in `npm run build`.
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    dir,
    dist: join(dir, 'dist'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
