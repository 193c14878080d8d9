import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyProject, runBuild } from './project-copy';

const copy = copyProject('failed');
afterAll(() => copy.remove());

it('a build that fails halfway leaves no dist/, neither partial nor from an earlier build', async () => {
  // An earlier, successful build's output, which a deploy step must not pick up afterwards.
  mkdirSync(join(copy.dir, 'dist'));
  writeFileSync(join(copy.dir, 'dist/index.html'), '<!doctype html><title>old</title>');
  // A page that throws while pages are being written, after assets and other pages exist.
  writeFileSync(
    join(copy.dir, 'src/pages/zz-broken.astro'),
    "---\nthrow new Error('deliberately broken page');\n---\n",
  );
  const run = await runBuild(copy.dir, { SITE_URL: 'https://ai-capital-atlas.test' });
  expect(run.code).not.toBe(0);
  expect(run.output).toContain('deliberately broken page');
  expect(run.output).toContain('Build failed');
  expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
  const cache = join(copy.dir, 'node_modules/.cache/atlas');
  expect(existsSync(cache) ? readdirSync(cache).filter((f) => f.startsWith('build-')) : []).toEqual(
    [],
  );
});
