import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ALLOWED_DIFFERENCES } from './allowed-differences';
import { DIST, filesUnder, siteRootOf } from './dist';
import { copyProject, runBuild } from './project-copy';

const copy = copyProject('repro');
afterAll(() => copy.remove());

it('a second build of the same tree in another folder is byte-identical, apart from the documented list', async () => {
  // Built for the same deployed root as dist/, read back from its canonical URLs.
  const root = siteRootOf(DIST);
  const run = await runBuild(copy.dir, { SITE_URL: root.origin, BASE_PATH: root.pathname });
  expect(run.code, run.output).toBe(0);
  const other = join(copy.dir, 'dist');
  const a = filesUnder(DIST);
  const b = filesUnder(other);
  const allowed = (f: string) => ALLOWED_DIFFERENCES.some(({ pattern }) => pattern.test(f));
  const differ = [
    ...a.filter((f) => !b.includes(f)).map((f) => `only in dist/: ${f}`),
    ...b.filter((f) => !a.includes(f)).map((f) => `only in the second build: ${f}`),
    ...a
      .filter((f) => b.includes(f))
      .filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(other, f))))
      .map((f) => `differs: ${f}`),
  ].filter((line) => !allowed(line.slice(line.indexOf(': ') + 2)));
  expect(differ).toEqual([]);
});
