/**
 * A throw-away copy of the project under a temporary folder, with the generated corpus in place
 * of data/ and content/. node_modules is a real folder of per-package symlinks, so the caches
 * Astro and Vite keep in node_modules/.astro and .vite stay inside the copy.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CorpusFile } from './corpus';

const SKIP = new Set([
  'node_modules',
  'dist',
  '.git',
  '.astro',
  'data',
  'content',
  'bench',
  'test-results',
  'playwright-report',
  'screenshots',
  '.coord',
  '.staging',
]);
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** Writes `files` under `root`, creating folders as needed. */
export function writeFiles(root: string, files: readonly CorpusFile[]): void {
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/** Copies the project at `project` into `dir` without data/, content/ or build output. */
export function copyProject(project: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(project)) {
    if (!SKIP.has(entry)) cpSync(join(project, entry), join(dir, entry), { recursive: true });
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(project, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(project, 'node_modules', entry), join(modules, entry));
  }
}

/** Removes a workspace folder and everything in it. */
export function removeWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
