import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder `npm run build` writes (or DIST_DIR), checked by every test in this folder. */
export const DIST = process.env.DIST_DIR ?? join(process.cwd(), 'dist');

/** Returns every file under `dir` as a sorted list of `/`-separated relative paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Returns the HTML pages under `dir`, as relative paths. */
export function htmlPages(dir: string): string[] {
  return filesUnder(dir).filter((f) => f.endsWith('.html'));
}

/** Returns the href of the page's `<link rel="canonical">`, if it has one. */
export function canonicalOf(html: string): string | undefined {
  return /<link\b[^>]*\brel="canonical"[^>]*\bhref="([^"]*)"/.exec(html)?.[1];
}

/**
 * Returns the deployed root (SITE_URL plus BASE_PATH, ending in `/`) the build in `dir` was made
 * for, read from the home page's canonical URL.
 */
export function siteRootOf(dir: string): URL {
  const href = canonicalOf(readFileSync(join(dir, 'index.html'), 'utf8'));
  if (!href) throw new Error(`${dir}/index.html has no canonical link`);
  return new URL(href);
}
