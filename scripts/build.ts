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

/**
 * Allocator settings for the build's process. glibc gives each thread that allocates its own
 * malloc arena (up to 8 a core) and keeps what they free; two arenas serve the page renderer
 * and the image threads as well. The bundler and the PNG renderer are Rust libraries with their
 * own mimalloc, which by default hands freed memory back with MADV_FREE, so the pages stay in
 * the process's RSS until the kernel is short of memory; decommitting returns them at once. At
 * 10k rounds the two cut the peak RSS from 3.2 GB to about 2.5 GB with no measurable cost in time
 * (BENCHMARKS.md). A value in the environment wins.
 */
const ALLOCATOR: Record<string, string> = { MALLOC_ARENA_MAX: '2', MIMALLOC_PURGE_DECOMMITS: '1' };
/**
 * The bundler's allocator also releases memory at once: with the default delay it schedules
 * the release of a finished bundle and never carries it out (about 0.7 GB at 10k rounds). Meant
 * for the bundler only; src/integrations/allocator.ts takes it back out before the PNG renderer,
 * which has its own copy of the allocator, reads it. A value the user set applies to both.
 */
if (process.env.MIMALLOC_PURGE_DELAY === undefined) {
  ALLOCATOR.MIMALLOC_PURGE_DELAY = '0';
  ALLOCATOR.ATLAS_BUNDLER_PURGE_DELAY = '1';
}

/**
 * How far V8 lets the page renderer's heap grow past what the last full collection kept: 50%
 * instead of V8's own choice, which let it reach 2.5x (0.77 GB committed for about 0.3 GB live at
 * 10k rounds, at the peak of the build). With 50% the process peaked at 1.57 GB instead of
 * 1.93 GB, in no more time (BENCHMARKS.md).
 */
const V8_FLAGS = ['--heap-growing-percent=50'];

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
const child = spawn(process.execPath, [...V8_FLAGS, astro, 'build', '--outDir', staging, ...args], {
  stdio: 'inherit',
  env: { ...ALLOCATOR, ...process.env },
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
