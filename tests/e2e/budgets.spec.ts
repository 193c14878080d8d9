import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { crawlSite, siteRoot } from './crawl';

/*
 * Weight budgets on the built site: reading needs no JavaScript; only /search/ ships a script,
 * loaded on demand; an article's HTML + CSS stays under 30 KB gzipped, and no page passes
 * 100 KB. The five heaviest pages are printed so a regression shows where it landed.
 */

const KB = 1024;
const ARTICLE_BUDGET = 30 * KB;
const PAGE_BUDGET = 100 * KB;
const SCRIPT_BUDGET = 15 * KB;

test.describe.configure({ timeout: 180_000 });

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const fmt = (n: number) => `${(n / KB).toFixed(1)} KB`;

test('pages stay within their byte budgets, and only the search page has a script', async ({
  request,
  baseURL,
}) => {
  const root = siteRoot(baseURL);
  const pages = (await crawlSite(request, root, 300)).filter((p) => p.status === 200 && p.html);
  const css = new Map<string, string>();
  const sizes: { path: string; raw: number; gzip: number }[] = [];
  const problems: string[] = [];
  for (const { url, html } of pages) {
    const path = new URL(url).pathname;
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    let text = html;
    for (const href of sheets) {
      const abs = new URL(href, url).href;
      if (!css.has(abs)) css.set(abs, await (await request.get(abs)).text());
      text += css.get(abs);
    }
    const size = { path, raw: Buffer.byteLength(text), gzip: gz(text) };
    sizes.push(size);
    if (size.gzip > PAGE_BUDGET) problems.push(`${path}: ${fmt(size.gzip)} gzipped > 100 KB`);
    if (/\/articles\/[^/]+\/$/.test(path) && size.gzip > ARTICLE_BUDGET) {
      problems.push(`${path}: article ${fmt(size.gzip)} gzipped > 30 KB`);
    }
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].filter(
      (m) => !/type="application\/ld\+json"/.test(m[1] ?? ''),
    );
    if (scripts.length > 0 && !/\/search\/$/.test(path)) {
      problems.push(`${path}: ${scripts.length} script(s) on a page that must read without JS`);
    }
    if (/@font-face/.test(text)) problems.push(`${path}: web font; text uses system font stacks`);
    for (const img of html.matchAll(/<img\b[^>]*>/g)) {
      if (!/\bwidth="\d+"/.test(img[0]) || !/\bheight="\d+"/.test(img[0])) {
        problems.push(`${path}: <img> without width and height reserves no space`);
      }
    }
    for (const svg of html.matchAll(/<svg\b[^>]*>/g)) {
      if (!/\bviewBox="/.test(svg[0])) problems.push(`${path}: <svg> without viewBox`);
    }
  }
  sizes.sort((a, b) => b.gzip - a.gzip);
  console.log(
    [
      'Five largest pages (HTML + CSS):',
      ...sizes.slice(0, 5).map((s) => `  ${s.path}  ${fmt(s.raw)} raw, ${fmt(s.gzip)} gzip`),
    ].join('\n'),
  );
  expect(problems).toEqual([]);
  expect(sizes.length).toBeGreaterThan(40);
});

test('the search page loads at most 15 KB gzipped of script before a query, and only its own', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('search/');
  await page.waitForLoadState('networkidle');
  let total = 0;
  for (const url of scripts) total += gz(await (await page.request.get(url)).body());
  expect(scripts.every((u) => !u.includes('/pagefind/'))).toBe(true);
  expect(total).toBeLessThanOrEqual(SCRIPT_BUDGET);
});
