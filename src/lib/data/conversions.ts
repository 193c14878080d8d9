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
 * Returns every `<USD>(<JPY or EUR>)` pair printed in the articles, each compared with the
 * table's rate for `year(article)`; pairs in a currency or year the table lacks are skipped.
 */
export function articleConversions(
  articles: { slug: string; text: string }[],
  table: FxTable,
  year: (slug: string) => number,
  tolerance = 0.05,
): ArticleConversion[] {
  return articles.flatMap(({ slug, text }) =>
    findConversionPairs(text).flatMap(({ usd, local }) => {
      const check = checkImpliedRate(usd, local, table, year(slug), tolerance);
      return check ? [{ article: slug, usd, local, ...check }] : [];
    }),
  );
}
