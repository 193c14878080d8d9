/** The kinds of page the search indexes, as the results label them. */
export type PageType = '記事' | '企業' | 'データ' | '方法論';

const RULES: readonly [RegExp, PageType][] = [
  [/^articles\/[^/]+\/$/, '記事'],
  [/^companies\/[^/]+\/$/, '企業'],
  [/^data\/[^/]+\/$/, 'データ'],
  [/^methodology\/$/, '方法論'],
];

/** The top-level folders holding every page search indexes (what RULES match), for a glob. */
export const SEARCH_FOLDERS = ['articles', 'companies', 'data', 'methodology'] as const;

/**
 * Returns the search type of the page at `path` (relative to the base path, e.g.
 * 'articles/x/'), or undefined for pages search leaves out: home, lists, tags, search, and
 * chart pages, whose text repeats the article and company pages the charts sit on.
 */
export function pageType(path: string): PageType | undefined {
  return RULES.find(([re]) => re.test(path))?.[1];
}
