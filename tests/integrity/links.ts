import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, siteRootOf } from './dist';

/*
 * Every reference a built page makes to the site itself (href, src, srcset, form actions, share
 * image URLs, CSS url(), URLs in feeds and sitemaps) must name a file in the build, inside the
 * base path, and a #fragment must name an id on the target page.
 */

/** Returns the references in one HTML page, undecoded, in document order. */
export function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src|action|xlink:href)="([^"]*)"/g)) refs.push(m[1]!);
  for (const m of html.matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const part of m[1]!.split(',')) refs.push(part.trim().split(/\s+/)[0]!);
  }
  for (const m of html.matchAll(/\scontent="(https?:\/\/[^"]*)"/g)) refs.push(m[1]!);
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) refs.push(...cssUrls(m[1]!));
  return refs.filter((r) => r !== '');
}

/** Returns the url(...) targets in a stylesheet. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)].map((m) => m[2]!);
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

/**
 * Returns one line per broken internal reference in the build at `dir` (empty when all
 * resolve): `<file>: <reference>: <why>`.
 */
export function brokenReferences(dir: string): string[] {
  const root = siteRootOf(dir);
  const files = filesUnder(dir);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const html = readFileSync(join(dir, file), 'utf8');
      set = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  const problems: string[] = [];
  for (const file of files) {
    const text = () => readFileSync(join(dir, file), 'utf8');
    let refs: string[];
    if (file.endsWith('.html')) refs = htmlReferences(text());
    else if (file.endsWith('.css')) refs = cssUrls(text());
    else if (/\.(xml|json|txt)$/.test(file)) {
      const escaped = root.href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      refs = [...text().matchAll(new RegExp(`${escaped}[^\\s"'<>)]*`, 'g'))].map((m) => m[0]);
    } else continue;
    // index.html stands for its folder's URL; other files for themselves.
    const here = new URL(file.replace(/(^|\/)index\.html$/, '$1'), root);
    for (const raw of refs) {
      const ref = decode(raw);
      if (/^(data|mailto|tel|javascript):/i.test(ref)) continue;
      const url = new URL(ref, here);
      if (url.origin !== root.origin && !ref.startsWith('/')) continue;
      const why = unresolved(url, root, dir, idsOf);
      if (why) problems.push(`${file}: ${raw}: ${why}`);
    }
  }
  // og:url repeats the canonical URL; one line per distinct problem is enough.
  return [...new Set(problems)];
}

function unresolved(
  url: URL,
  root: URL,
  dir: string,
  idsOf: (file: string) => Set<string>,
): string | undefined {
  // Root-relative references resolve against the page's origin; compare paths only.
  if (!url.pathname.startsWith(root.pathname)) return `outside the base path ${root.pathname}`;
  const path = decodeURIComponent(url.pathname.slice(root.pathname.length));
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!existsSync(join(dir, file))) return `no file ${file}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  // `#:~:text=` is a text fragment: the browser finds the quoted sentence, not an id.
  if (
    fragment &&
    !fragment.startsWith(':~:') &&
    file.endsWith('.html') &&
    !idsOf(file).has(fragment)
  ) {
    return `no id "${fragment}" in ${file}`;
  }
  return undefined;
}
