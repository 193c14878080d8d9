import { pathToFileURL } from 'node:url';
import { markdownToJs, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { MdxGuardError, mdxGuardEntry } from '../../../src/integrations/mdx-guard';

const ROOT = '/site';

/** Returns a compile result, which is synchronous when every plugin is. */
function sync<T>(result: T | Promise<T>): T {
  if (result instanceof Promise) throw new Error('expected a synchronous compile');
  return result;
}

const compile = (mdx: string) =>
  sync(
    mdxToJs(mdx, {
      mdastPlugins: [mdxGuardEntry(ROOT)],
      fileURL: pathToFileURL(`${ROOT}/content/articles/hand-edited.mdx`),
    }),
  ).code;

describe('mdxGuardEntry', () => {
  it('a hand-written MDX with import, export and an expression fails to compile, naming file and lines', () => {
    const mdx = [
      '---',
      'title: t',
      '---',
      '',
      "import cp from 'node:child_process'",
      "export const x = cp.execSync('touch pwned')",
      '',
      '本文 {x} 本文',
      '',
    ].join('\n');
    expect(() => compile(mdx)).toThrow(MdxGuardError);
    expect(() => compile(mdx)).toThrow(
      /content\/articles\/hand-edited\.mdx:5:1: module code[\s\S]*hand-edited\.mdx:8:4: a \{…\} expression/,
    );
  });

  it('an MDX of text and chart components compiles to the same code as without the guard', () => {
    const mdx = '本文\n\n<RoundsChart ids={["a"]} title="資金調達" />\n';
    const unguarded = mdxToJs(mdx, {
      fileURL: pathToFileURL(`${ROOT}/content/articles/hand-edited.mdx`),
    }).code;
    expect(compile(mdx)).toBe(unguarded);
    expect(unguarded).toContain('RoundsChart');
  });

  it('plain Markdown documents (.md pages) are not checked', () => {
    const md = sync(markdownToJs('![図](./a.png)', { mdastPlugins: [mdxGuardEntry(ROOT)] }));
    expect(md.code).toContain('a.png');
    expect(() => compile('![図](./a.png)')).toThrow(/an image is not allowed/);
  });
});
