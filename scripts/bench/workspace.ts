/**
 * A throw-away copy of the project under a temporary folder, with the generated corpus in place
 * of data/ and content/ (copying and node_modules links: scripts/lib/project-copy.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { copyTopLevel, linkModules, NOT_PROJECT } from '../lib/project-copy';
import type { CorpusFile } from './corpus';

const SKIP = new Set([...NOT_PROJECT, 'data', 'content', 'bench']);

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
  copyTopLevel(project, dir, SKIP);
  linkModules(project, dir);
}

/** Removes a workspace folder and everything in it. */
export function removeWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
