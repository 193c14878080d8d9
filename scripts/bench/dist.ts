/**
 * Sizes of a built site: page count, total bytes, the largest pages (raw and gzipped), and the
 * bytes a reader downloads for one page: the HTML plus the CSS and JavaScript it references,
 * following static module imports. Works for any static output (ours, a peer's).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RECORD_LINKS } from '../../src/lib/dataset/paging';

/** A page's size as served raw and gzip-compressed, path relative to the output folder. */
export interface PageSize {
  page: string;
  raw: number;
  gzip: number;
}

/** What a built site weighs. */
export interface DistStats {
  pages: number;
  bytes: number;
  largest: PageSize[];
}

/** Returns every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const RECORD_LINK = new RegExp(`^data/[^/]+/${RECORD_LINKS}/`);

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const rel = (root: string, file: string) => relative(root, file).split(sep).join('/');

/**
 * Returns page count, total bytes and the `top` largest HTML pages of the site in `dist`; the
 * stable record links (data/<name>/record/<id>/) count as bytes, not as pages.
 */
export function distStats(dist: string, top = 5): DistStats {
  const all = filesUnder(dist);
  // Stable record links only send readers on to a table page: they are files, not pages.
  const pages = all.filter((f) => f.endsWith('.html') && !RECORD_LINK.test(rel(dist, f)));
  const bySize = pages.map((f) => ({ f, raw: statSync(f).size })).sort((a, b) => b.raw - a.raw);
  return {
    pages: pages.length,
    bytes: all.reduce((n, f) => n + statSync(f).size, 0),
    largest: bySize
      .slice(0, top)
      .map(({ f, raw }) => ({ page: rel(dist, f), raw, gzip: gz(readFileSync(f)) })),
  };
}

/** Bytes one page costs a reader, by kind, raw and gzipped; assets counted once each. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  gzip: number;
}

const REFERENCE = /<(?:link|script)\b[^>]*?(?:href|src)=["']([^"']+)["'][^>]*>/gi;
const STYLESHEET_OR_SCRIPT = /rel=["'](?:stylesheet|modulepreload)["']|<script/i;
const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;
const IMPORT =
  /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.(?:js|css))["']/g;

function resolveAsset(dist: string, from: string, url: string, base: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
  const clean = url.replace(/[?#].*$/, '');
  const path = clean.startsWith('/')
    ? join(dist, clean.slice(base.length - 1))
    : resolve(dirname(from), clean);
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/** Returns what `page` (an HTML file in `dist`) makes a reader download; `base` is the site's base path. */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(page, 'utf8');
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (from: string, url: string) => {
    const asset = resolveAsset(dist, from, url, base);
    if (asset && !seen.has(asset) && /\.(?:css|js)$/.test(asset)) {
      seen.add(asset);
      queue.push(asset);
    }
  };
  for (const m of html.matchAll(REFERENCE)) if (STYLESHEET_OR_SCRIPT.test(m[0])) add(page, m[1]!);
  for (const m of html.matchAll(INLINE_SCRIPT))
    for (const i of m[1]!.matchAll(IMPORT)) add(page, i[1]!);
  const weight = {
    html: Buffer.byteLength(html),
    css: 0,
    js: 0,
    total: 0,
    gzip: gz(Buffer.from(html)),
  };
  while (queue.length > 0) {
    const asset = queue.shift()!;
    const bytes = readFileSync(asset);
    if (asset.endsWith('.css')) weight.css += bytes.length;
    else {
      weight.js += bytes.length;
      for (const i of bytes.toString('utf8').matchAll(IMPORT)) add(asset, i[1]!);
    }
    weight.gzip += gz(bytes);
  }
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}

/** Returns the median of `values` (the mean of the middle two for an even count); 0 when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
