import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { CACHE_DIR } from './lib/browser';

/*
 * `npm run build`: `astro build` into a private folder that replaces dist/ only once the build
 * has succeeded. A failed build therefore never leaves a half-written dist/, and it removes the
 * dist/ of an earlier build too, so nothing stale is left that a deploy step could upload.
 */

// Options other than --outDir go to `astro build` unchanged.
const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outName = at >= 0 ? (args.splice(at, 2)[1] ?? 'dist') : 'dist';
const outDir = resolve(outName);
// Same filesystem as node_modules, so the final rename is atomic; outside the linted tree.
const staging = join(CACHE_DIR, `build-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
mkdirSync(CACHE_DIR, { recursive: true });

const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const astro = join(dirname(astroPackage), 'bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'build', '--outDir', staging, ...args], {
  stdio: 'inherit',
});
// Ctrl-C reaches astro too; wait for it to stop so the staging folder is still cleaned up.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => {});

child.on('exit', (code, signal) => {
  if (code === 0) {
    rmSync(outDir, { recursive: true, force: true });
    moveInto(staging, outDir);
    return;
  }
  rmSync(staging, { recursive: true, force: true });
  const stale = existsSync(outDir);
  rmSync(outDir, { recursive: true, force: true });
  console.error(
    `Build failed (${signal ?? `exit ${code}`}); ${stale ? `removed the earlier ${outName}/ so nothing stale is deployed` : `no ${outName}/ written`}.`,
  );
  process.exit(code || 1);
});

/** Moves a folder, copying when the two paths are on different filesystems. */
function moveInto(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
