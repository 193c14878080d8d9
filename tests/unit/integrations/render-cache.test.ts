import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderCache } from '../../../src/integrations/render-cache';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-cache-'));
  dirs.push(dir);
  return join(dir, 'cache');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('renderCache', () => {
  it('renders an input once and serves the same bytes to a later build', async () => {
    const dir = fresh();
    let renders = 0;
    const render = () => (renders++, Buffer.from('png-bytes'));
    const first = renderCache(dir);
    expect(await first.get('png', '<svg/>', render)).toEqual(Buffer.from('png-bytes'));
    const second = renderCache(dir);
    expect(await second.get('png', '<svg/>', render)).toEqual(Buffer.from('png-bytes'));
    expect(renders).toBe(1);
    expect(second.stats()).toEqual({ hits: 1, misses: 0 });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('renders again when the input or the kind differs', async () => {
    const cache = renderCache(fresh());
    let renders = 0;
    const render = async () => (renders++, Buffer.from(String(renders)));
    await cache.get('png', 'a', render);
    await cache.get('png', 'b', render);
    await cache.get('card', 'a', render);
    expect(renders).toBe(3);
    expect(cache.stats()).toEqual({ hits: 0, misses: 3 });
  });
});
