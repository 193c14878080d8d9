import { describe, expect, it } from 'vitest';
import { searchShards } from '../../../src/integrations/search-index';

const pages = (folder: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${folder}/p${String(i).padStart(5, '0')}/index.html`);

describe('searchShards', () => {
  it('keeps a small site in one shard', () => {
    const site = [...pages('articles', 5), ...pages('companies', 21), ...pages('data', 30)];
    expect(searchShards(site)).toEqual([site]);
  });

  it('bounds every shard at 10k rounds, keeping the pages in order', () => {
    const site = [
      ...pages('articles', 505),
      ...pages('companies', 2519),
      ...pages('data', 246),
      'methodology/index.html',
    ];
    const shards = searchShards(site);
    expect(shards.flat()).toEqual(site);
    const weight = (s: string[]) => s.reduce((w, p) => w + (p.startsWith('articles/') ? 10 : 1), 0);
    for (const s of shards) expect(weight(s)).toBeLessThanOrEqual(2000);
    // 200 articles fill a shard; company pages share the third with the last articles.
    expect(shards.map((s) => s.length)).toEqual([200, 200, 1055, 1816]);
  });

  it('gives a page heavier than the budget a shard of its own, and nothing an empty one', () => {
    expect(searchShards(['articles/a/index.html', 'companies/b/index.html'], 5)).toEqual([
      ['articles/a/index.html'],
      ['companies/b/index.html'],
    ]);
    expect(searchShards([])).toEqual([]);
  });
});
