import { isAbsolute, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../../src/lib/validate/read';

// The contract, spelt with path.relative: relative with `/`, unchanged when not below the root.
function expected(root: string, file: string): string {
  const rel = relative(root, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/');
}

describe('displayPath', () => {
  it('names a file under the root relative to it, with or without a trailing slash on the root', () => {
    expect(displayPath('/work/site', '/work/site/data/deals/a.yaml')).toBe('data/deals/a.yaml');
    expect(displayPath('/work/site/', '/work/site/data/deals/a.yaml')).toBe('data/deals/a.yaml');
  });

  it('leaves a file outside the root as given', () => {
    expect(displayPath('/work/site', '/tmp/edit/deals/a.yaml')).toBe('/tmp/edit/deals/a.yaml');
    expect(displayPath('/work/site', '/work/site-old/a.yaml')).toBe('/work/site-old/a.yaml');
  });

  it('resolves dot segments, doubled slashes and odd roots as path.relative does', () => {
    const roots = ['/work/site', '/work/site/', '/work/x/../site', '/', '/work//site', 'site'];
    const segments = ['a', '.', '..', '', '...', '..b', '.a', 'data', 'x.yaml'];
    for (const root of roots) {
      for (const a of segments) {
        for (const b of segments) {
          for (const file of [`/work/site/${a}/${b}`, `/work/site/${a}`, `/work/site/${a}/`]) {
            expect(displayPath(root, file), `${root} ${file}`).toBe(expected(root, file));
          }
        }
      }
    }
  });
});
