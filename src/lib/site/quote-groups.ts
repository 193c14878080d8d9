/** A citation as a records table holds it: the article slug and the verbatim quote. */
export interface QuoteSource {
  article: string;
  quote: string;
}

/** One quoted sentence and the articles that carry it, in first-cited order. */
export interface QuoteGroup {
  quote: string;
  articles: string[];
}

/**
 * Returns `sources` grouped by quote, in the order each quote is first cited, so a sentence
 * that several articles carry (one wire story reprinted) is printed once with every article.
 * An article cited twice for one quote is listed once.
 */
export function groupByQuote(sources: readonly QuoteSource[]): QuoteGroup[] {
  const groups = new Map<string, string[]>();
  for (const { quote, article } of sources) {
    const articles = groups.get(quote) ?? [];
    if (!articles.includes(article)) articles.push(article);
    groups.set(quote, articles);
  }
  return [...groups].map(([quote, articles]) => ({ quote, articles }));
}
