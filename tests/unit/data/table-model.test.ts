import { describe, expect, it } from 'vitest';
import { citedArticles, type Table } from '../../../src/lib/data/table-model';

const row = (id: string, articles: string[]) => ({
  id,
  cells: [{ text: id }],
  sources: articles.map((article) => ({ article, quote: `${id} in ${article}` })),
});

describe('citedArticles', () => {
  it('lists each cited article once, in the order rows first cite it', () => {
    const table: Table = {
      columns: [{ label: '企業' }],
      rows: [row('a', ['002-x', '001-y']), row('b', ['001-y', '003-z']), row('c', ['002-x'])],
    };
    expect(citedArticles(table)).toEqual(['002-x', '001-y', '003-z']);
  });

  it('returns nothing for a table without rows', () => {
    expect(citedArticles({ columns: [{ label: '企業' }], rows: [] })).toEqual([]);
  });
});
