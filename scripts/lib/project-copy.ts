/**
 * Copying the project into a temp folder so a build there shares nothing with the main one:
 * top-level entries copied, node_modules a real folder of per-package symlinks (so the caches
 * Astro and Vite keep in node_modules/.astro and .vite stay inside the copy), and the
 * environment a build in the copy runs with. Used by the integrity and e2e tests and the bench.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Outputs, caches and tool state at the top of the project: a fresh checkout has none of them. */
export const NOT_PROJECT: readonly string[] = [
  'node_modules',
  'dist',
  '.git',
  '.astro',
  'test-results',
  'playwright-report',
  'screenshots',
  '.coord',
  '.staging',
];

// Build caches live under node_modules; each copy gets its own so two builds never share one.
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** Copies each of `entries` (top-level names) from `from` into `to`, recursively. */
export function copyEntries(from: string, to: string, entries: Iterable<string>): void {
  for (const entry of entries) cpSync(join(from, entry), join(to, entry), { recursive: true });
}

/** Copies every top-level entry of `from` into `to` except those named in `skip`. */
export function copyTopLevel(from: string, to: string, skip: ReadonlySet<string>): void {
  copyEntries(
    from,
    to,
    readdirSync(from).filter((entry) => !skip.has(entry)),
  );
}

/** Makes `to`/node_modules a folder of symlinks to each package of `from`/node_modules, caches left out. */
export function linkModules(from: string, to: string): void {
  const modules = join(to, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(from, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(from, 'node_modules', entry), join(modules, entry));
  }
}

/**
 * The environment for a build in a copy: the project's own Node (the `node` devDependency, found
 * through `bin` = the main node_modules/.bin) as in `npm run build`, no telemetry, `env` added.
 */
export function buildEnv(bin: string, env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${bin}:${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
  };
}
