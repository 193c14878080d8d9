import { describe, expect, it } from 'vitest';
import { escapeMdx, frontmatterToYaml, renderMdx } from '../../../src/lib/ingest/mdx';

describe('escapeMdx', () => {
  it.each([
    ['{評価額}', '\\{評価額\\}'],
    ['a < b > c', 'a \\< b \\> c'],
    ['<script>', '\\<script\\>'],
    ['**強調**と[リンク](https://example.com)', '**強調**と[リンク](https://example.com)'],
    ['#1の企業', '\\#1の企業'],
    ['本文\n===', '本文\n\\==='],
    ['本文\n---', '本文\n\\---'],
    ['- 項目', '- 項目'],
    ['\\{x\\}', '\\\\\\{x\\\\\\}'],
    ['a & b [c]', 'a \\& b \\[c\\]'],
    ["import cp from 'node:child_process'", "&#x69;mport cp from 'node:child_process'"],
    ['本文\nexport{cp}', '本文\n&#x65;xport\\{cp\\}'],
    ['[資料](https://example.com/a?b=1&c=(2))', '[資料](https://example.com/a?b=1\\&c=\\(2\\))'],
    ['[実行](javascript:alert(1))する', '実行する'],
    ['![図](../../astro.config.mjs)の説明', '図の説明'],
    ['[![図](a.png)](https://example.com)', '[図](https://example.com)'],
  ])('escapeMdx(%j) is %j', (input, expected) => {
    expect(escapeMdx(input)).toBe(expected);
  });
});

describe('frontmatterToYaml', () => {
  it('frontmatterToYaml writes keys in schema order, quotes what YAML would misread and leaves out absent fields', () => {
    expect(
      frontmatterToYaml({
        source: 'a.txt',
        tags: ['AI', 'yes'],
        title: 'OpenAI: 評価額8300億ドル',
        date: '2026-02-14',
      }),
    ).toBe(
      'title: "OpenAI: 評価額8300億ドル"\ndate: "2026-02-14"\ntags:\n  - AI\n  - "yes"\nsource: a.txt\n',
    );
  });

  it('frontmatterToYaml writes an empty tag list as []', () => {
    expect(frontmatterToYaml({ title: 't', tags: [], source: 'a.txt' })).toBe(
      'title: t\ntags: []\nsource: a.txt\n',
    );
  });
});

describe('renderMdx', () => {
  it('renderMdx writes headings, paragraphs, lists and embeds separated by blank lines', () => {
    const mdx = renderMdx({ title: 't', tags: [], source: 'a.txt' }, [
      { kind: 'heading', text: '見出し', level: 2 },
      { kind: 'paragraph', text: '  字下げされた行\n{x}' },
      { kind: 'list', text: '1.  **一**: 説明\n2.  **二**: 説明' },
      { kind: 'embed', text: '<RoundsChart companies={["openai"]} />' },
    ]);
    expect(mdx).toBe(
      '---\ntitle: t\ntags: []\nsource: a.txt\n---\n\n## 見出し\n\n字下げされた行\n\\{x\\}\n\n1.  **一**: 説明\n2.  **二**: 説明\n\n<RoundsChart companies={["openai"]} />\n',
    );
  });
});
