import { describe, expect, it } from 'vitest';
import { pageType, SEARCH_FOLDERS } from '../../../src/lib/nav/page-type';

const PATHS = [
  'articles/x/',
  'companies/openai/',
  'data/funding-rounds/',
  'data/funding-rounds/page/2/',
  'methodology/',
  'charts/chart-network/',
  'tags/ai/',
  'articles/',
  '',
];

describe('pageType', () => {
  it('types articles, companies, data pages and the methodology, and nothing else', () => {
    expect(PATHS.map((p) => pageType(p) ?? '-')).toEqual([
      '記事',
      '企業',
      'データ',
      '-',
      '方法論',
      '-',
      '-',
      '-',
      '-',
    ]);
  });

  it('finds every typed page inside the folders the search index reads', () => {
    for (const path of PATHS.filter((p) => pageType(p))) {
      expect(SEARCH_FOLDERS as readonly string[]).toContain(path.split('/')[0]);
    }
  });
});
