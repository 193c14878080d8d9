import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy, type BuiltCopy } from './project-copy';

/*
 * A deployment under a sub-path (BASE_PATH=/atlas/) must keep every internal link, asset and
 * download inside that path. The copy is built and its files read; nothing is served.
 */

test.describe.configure({ mode: 'default' });

let built: BuiltCopy | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  built = await buildCopy('base', () => {}, {
    BASE_PATH: '/atlas/',
    SITE_URL: 'https://example.org',
  });
});

test.afterAll(() => built?.remove());

test('with BASE_PATH=/atlas/ every root-relative href and src starts with /atlas/', () => {
  const dist = built!.dist;
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
  expect(pages.length).toBeGreaterThan(30);
  const outside: string[] = [];
  let links = 0;
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    for (const m of html.matchAll(/\b(?:href|src)="(\/[^"]*)"/g)) {
      links++;
      if (!m[1]!.startsWith('/atlas/')) outside.push(`${page}: ${m[1]}`);
    }
  }
  expect(links).toBeGreaterThan(500);
  expect(outside).toEqual([]);
});

test('canonical URLs use SITE_URL and the base path', () => {
  const html = readFileSync(join(built!.dist, 'articles/xai-20b-nvidia/index.html'), 'utf8');
  expect(html).toContain(
    '<link rel="canonical" href="https://example.org/atlas/articles/xai-20b-nvidia/">',
  );
});
