import { checkImpliedRate, findConversionPairs, type FxTable } from '../money/fx';
import type { Money } from '../money/types';

/** One printed conversion in an article, e.g. 8300億ドル(約124兆円), checked against the FX table. */
export interface ArticleConversion {
  article: string;
  usd: Money;
  local: Money;
  /** Local units per US dollar the article's two figures imply. */
  impliedRate: number;
  /** The table's rate for the year used. */
  tableRate: number;
  /** impliedRate / tableRate − 1. */
  deviation: number;
  outlier: boolean;
}

/**
 * How far a printed conversion may stray from the table's rate before it is reported (3%).
 * The table's rates are editor estimates derived from these same conversions, so the check
 * shows that the articles agree with one another, not that they match an official rate.
 */
export const CONVERSION_TOLERANCE = 0.03;

/** Returns each article's printed conversions as one line: count and lowest–highest implied rate. */
export function impliedRatesByArticle(
  rows: readonly ArticleConversion[],
): { article: string; count: number; min: number; max: number; tableRate: number }[] {
  const by = new Map<string, ArticleConversion[]>();
  for (const r of rows) by.set(r.article, [...(by.get(r.article) ?? []), r]);
  return [...by].map(([article, list]) => ({
    article,
    count: list.length,
    min: Math.min(...list.map((r) => r.impliedRate)),
    max: Math.max(...list.map((r) => r.impliedRate)),
    tableRate: list[0]!.tableRate,
  }));
}

/**
 * Returns every `<USD>(<JPY or EUR>)` pair printed in the articles, each compared with the
 * table's rate for `year(article)`; pairs in a currency or year the table lacks are skipped.
 */
export function articleConversions(
  articles: { slug: string; text: string }[],
  table: FxTable,
  year: (slug: string) => number,
  tolerance = CONVERSION_TOLERANCE,
): ArticleConversion[] {
  return articles.flatMap(({ slug, text }) =>
    findConversionPairs(text).flatMap(({ usd, local }) => {
      const check = checkImpliedRate(usd, local, table, year(slug), tolerance);
      return check ? [{ article: slug, usd, local, ...check }] : [];
    }),
  );
}
