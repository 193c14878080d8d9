import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distStats, median, pageWeight } from '../../../scripts/bench/dist';

const root = mkdtempSync(join(tmpdir(), 'bench-dist-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

const page = `<html><head><link rel="stylesheet" href="/_a/site.css">
<link rel="stylesheet" href="https://fonts.example/x.css"><link rel="icon" href="/favicon.svg">
<link rel="modulepreload" href="../_a/lib.js"></head>
<body><script type="module">import {run} from "../_a/main.js"; run();</script></body></html>`;
put('companies/acme.html', page);
put('_a/site.css', 'body{color:red}');
put('_a/main.js', 'import{x as y}from"./lib.js";import"./extra.js";export const run=()=>y;');
put('_a/lib.js', 'export const x=1;');
put('_a/extra.js', 'console.log(1);');
put('favicon.svg', '<svg/>');
put('index.html', '<html></html>');

describe('pageWeight', () => {
  const w = pageWeight(root, join(root, 'companies/acme.html'));

  it('counts the HTML, its local stylesheet and every module it imports, once each', () => {
    expect(w.html).toBe(Buffer.byteLength(page));
    expect(w.css).toBe('body{color:red}'.length);
    const js = [
      'import{x as y}from"./lib.js";import"./extra.js";export const run=()=>y;',
      'export const x=1;',
      'console.log(1);',
    ];
    expect(w.js).toBe(js.reduce((n, s) => n + s.length, 0));
    expect(w.total).toBe(w.html + w.css + w.js);
  });

  it('gives a gzip total below the raw total for compressible pages', () => {
    expect(w.gzip).toBeGreaterThan(0);
    expect(w.gzip).toBeLessThan(w.total + 200);
  });
});

describe('distStats', () => {
  it('counts HTML pages and lists the largest first', () => {
    const stats = distStats(root, 1);
    expect(stats.pages).toBe(2);
    expect(stats.largest).toHaveLength(1);
    expect(stats.largest[0]!.page).toBe('companies/acme.html');
  });

  it('counts a stable record link as bytes, not as a page', () => {
    const link = '<!doctype html><meta http-equiv="refresh" content="0; url=/data/deals/#a">';
    put('data/deals/record/a/index.html', link);
    const stats = distStats(root, 1);
    expect(stats.pages).toBe(2);
    expect(stats.bytes).toBeGreaterThan(Buffer.byteLength(link));
    rmSync(join(root, 'data'), { recursive: true });
  });
});

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[], 0],
  ])('median(%j) is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
