import { describe, expect, it } from 'vitest';
import { breadcrumbs } from '../../../src/lib/nav/breadcrumbs';
import { pageType } from '../../../src/lib/nav/page-type';

describe('breadcrumbs', () => {
  it.each([
    ['articles/x/', 'タイトル', ['ホーム:', '記事:articles/', 'タイトル:articles/x/']],
    ['articles/', '記事一覧', ['ホーム:', '記事:articles/']],
    [
      'charts/chart-capex/',
      '設備投資',
      ['ホーム:', '図表:charts/', '設備投資:charts/chart-capex/'],
    ],
    ['tags/ai/', 'AI', ['ホーム:', 'タグ:articles/#tags', 'AI:tags/ai/']],
    ['changes/', '更新履歴', ['ホーム:', '更新履歴:changes/']],
    ['', 'ホーム', ['ホーム:']],
  ])('breadcrumbs(%s) runs home -> section -> page', (path, title, trail) => {
    expect(breadcrumbs(path, title).map((c) => `${c.label}:${c.path}`)).toEqual(trail);
  });
});

describe('pageType', () => {
  it.each([
    ['articles/x/', '記事'],
    ['companies/openai/', '企業'],
    ['data/funding-rounds/', 'データ'],
    ['charts/chart-capex/', undefined],
    ['methodology/', '方法論'],
    ['charts/chart-capex/embed/', undefined],
    ['articles/', undefined],
    ['search/', undefined],
    ['tags/ai/', undefined],
    ['', undefined],
  ])('pageType(%s) is %s', (path, type) => expect(pageType(path)).toBe(type));
});
