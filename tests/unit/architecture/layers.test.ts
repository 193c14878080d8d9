import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../eslint.config.js';
import { bareImports, importEdges, packageCycles, packageOf } from './import-graph';

const ROOT = new URL('../../../', import.meta.url).pathname;
const edges = importEdges(ROOT);

/** Layer name of a package: src/lib/money -> money, src/schemas -> schemas. */
const layerOf = (pkg: string) => pkg.replace(/^src\/(lib\/)?/, '').replace(/\.ts$/, '');
const LAYER = new Map(LAYERS.map((l: { name: string; may: string[] }) => [l.name, l.may]));

describe('the import graph of src/ and scripts/', () => {
  it('has no cycle between packages', () => {
    expect(packageCycles(edges)).toEqual([]);
  });

  it.each(LAYERS.map((l: { name: string }) => [l.name]))(
    '%s imports only the layers below it',
    (name) => {
      const may = new Set([name, ...(LAYER.get(name) ?? [])]);
      const wrong = edges
        .filter((e) => layerOf(packageOf(e.from)) === name)
        .filter((e) => e.to.startsWith('src/'))
        .filter((e) => !may.has(layerOf(packageOf(e.to))))
        .map((e) => `${e.from} -> ${e.to}`);
      expect(wrong).toEqual([]);
    },
  );

  it('lets only src/adapter/ and src/content.config.ts import astro:*', () => {
    const astro = bareImports(ROOT)
      .filter((i) => i.spec.startsWith('astro:'))
      .map((i) => i.from)
      .filter((f) => !f.startsWith('src/adapter/') && f !== 'src/content.config.ts');
    expect(astro).toEqual([]);
  });

  it('keeps src/lib and src/schemas free of every astro import', () => {
    const astro = bareImports(ROOT)
      .filter((i) => /^astro(:|\/|$)/.test(i.spec))
      .filter((i) => i.from.startsWith('src/lib/') || i.from.startsWith('src/schemas/'));
    expect(astro).toEqual([]);
  });
});

describe('the layer lint rule', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const lint = async (file: string, code: string) =>
    (await eslint.lintText(code, { filePath: `${ROOT}${file}` }))[0]!.messages
      .filter((m) => m.ruleId === 'no-restricted-imports')
      .map((m) => m.message);

  it.each([
    [
      'src/lib/money/wrong.ts',
      "export { axisTicks } from '../charts/axis';\n",
      'money sits below charts',
    ],
    [
      'src/lib/dataset/wrong.ts',
      "export { tableOf } from '../data/tables';\n",
      'dataset sits below data',
    ],
    [
      'src/lib/validate/wrong.ts',
      "export { toRows } from '../data/export';\n",
      'validate sits below data',
    ],
    [
      'src/lib/data/wrong.ts',
      "export { placeFile } from '../validate/place';\n",
      'data sits below validate',
    ],
    [
      'src/lib/nav/wrong.ts',
      "export { loadData } from '../../adapter/data';\n",
      'src/lib sits below adapter',
    ],
    [
      'src/lib/charts/wrong.ts',
      "export { getCollection } from 'astro:content';\n",
      'plain TypeScript',
    ],
    ['src/pages/wrong.ts', "export { getCollection } from 'astro:content';\n", 'Only src/adapter/'],
  ])('rejects %s importing across the layers', async (file, code, message) => {
    expect((await lint(file, code)).join('\n')).toContain(message);
  });

  it('accepts an import that runs down the layers', async () => {
    expect(
      await lint('src/lib/charts/right.ts', "export { pointOf } from '../money/bounds';\n"),
    ).toEqual([]);
  });
}, 60_000);
