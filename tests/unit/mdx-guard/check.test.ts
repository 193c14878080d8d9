import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkTree, EMBED_COMPONENTS, type GuardNode } from '../../../src/lib/mdx-guard/index';

const ROOT = join(import.meta.dirname, '../../..');
const problems = (mdx: string) =>
  checkTree(mdxToMdast(mdx, { position: true }) as GuardNode).map((p) => `${p.line}: ${p.message}`);

describe('checkTree', () => {
  it.each([
    ['import cp from "node:child_process"', '1: module code (import/export)'],
    ['text\n\nexport const x = 1', '3: module code (import/export)'],
    ['{process.exit(1)}', '1: a {…} expression'],
    ['本文 {1 + 1} 本文', '1: a {…} expression'],
    ['<script>alert(1)</script>', '1: <script> is not a chart component'],
    ['<Foo />', '1: <Foo> is not a chart component'],
    ['本文 <CapexChart /> 本文', '1: <CapexChart> inside a paragraph'],
    ['<RoundsChart ids={globalThis.x} />', '1: <RoundsChart> prop ids is an expression'],
    ['<RoundsChart ids={["a", 1]} />', '1: <RoundsChart> prop ids is an expression'],
    ["<RoundsChart title={'x'} />", '1: <RoundsChart> prop title is an expression'],
    ['<RoundsChart {...props} />', '1: <RoundsChart> spreads an expression'],
    ['<CapexChart>\n\n本文\n\n</CapexChart>', '1: <CapexChart> must be self-closing'],
    ['![](../../astro.config.mjs)', '1: an image is not allowed'],
    ['![図](https://example.com/a.png)', '1: an image is not allowed'],
    ['[x](javascript:alert(1))', '1: a javascript: link is not allowed'],
    ['[x](JaVa&#x53;cript:alert(1))', '1: a javascript: link is not allowed'],
    ['[x][r]\n\n[r]: vbscript:x', '3: a vbscript: link is not allowed'],
  ])('checkTree(%j) reports %j', (mdx, expected) => {
    const found = problems(mdx);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it.each([
    ['plain text with **emphasis** and [a link](https://example.com)'],
    ['<CapexChart />'],
    ['<CapexChart year={2026} title="設備投資" />'],
    ['<RoundsChart ids={["a", "b"]} title="資金調達" />'],
    ['escaped \\{x\\} and \\<b\\> and &#x69;mport x'],
    ['[relative](/data/) and mail someone@example.com'],
  ])('checkTree(%j) finds nothing', (mdx) => {
    expect(problems(mdx)).toEqual([]);
  });

  it('checkTree finds nothing in the committed articles', () => {
    const dir = join(ROOT, 'content/articles');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      expect([file, problems(readFileSync(join(dir, file), 'utf8'))]).toEqual([file, []]);
    }
  });
});

describe('EMBED_COMPONENTS', () => {
  it('EMBED_COMPONENTS lists exactly the chart components that articles receive', () => {
    const index = readFileSync(join(ROOT, 'src/components/charts/index.ts'), 'utf8');
    const exported = [...index.matchAll(/export \{ default as (\w+) \}/g)].map((m) => m[1]);
    expect([...EMBED_COMPONENTS].sort()).toEqual(exported.sort());
  });
});
