import { describe, expect, it } from 'vitest';
import { realData } from '../../fixtures/charts/real';
import { recordsCitingArticle } from '../../../src/lib/dataset/joins';
import { articleFigures } from '../../../src/lib/view/article-figures';

describe('articleFigures(data, slug)', () => {
  it('groups the records citing the article by dataset, in registry order', () => {
    const { count, groups } = articleFigures(realData, 'openai-anthropic-funding');
    const cited = recordsCitingArticle(realData, 'openai-anthropic-funding');
    expect(count).toBe(cited.length);
    expect(groups.flatMap((g) => g.items).length).toBe(cited.length);
    const order = [
      'funding-rounds',
      'deals',
      'capex',
      'revenues',
      'market-sizes',
      'gpu-clusters',
      'shares',
    ];
    const names = groups.map((g) => g.info.name);
    expect(names).toEqual([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('keeps only filled-in cells and the quotes taken from this article', () => {
    const { groups } = articleFigures(realData, 'openai-anthropic-funding');
    for (const item of groups.flatMap((g) => g.items)) {
      expect(item.parts.every((p) => p.cell.text !== '—')).toBe(true);
      expect(item.quotes.length).toBeGreaterThan(0);
    }
  });

  it('is empty for an article no record cites', () => {
    expect(articleFigures(realData, 'no-such-article')).toEqual({ count: 0, groups: [] });
  });
});
