/**
 * Feed entries for articles. The feeds carry the excerpt, not the full text: the articles are
 * republished sources whose figures, charts and attribution live on the page (MDX charts do
 * not survive a feed reader), so the feed points readers to the page where every number is
 * checked against its quote.
 */

/** What a feed needs to know about one article. */
export interface FeedArticle {
  slug: string;
  title: string;
  excerpt?: string | undefined;
  /** Partial ISO date of the source; absent when the source gives none. */
  date?: string | undefined;
  tags: readonly string[];
  author?: string | undefined;
  publisher?: string | undefined;
}

/** One feed entry, shared by the RSS and JSON feeds. */
export interface FeedItem {
  id: string;
  title: string;
  link: string;
  summary: string;
  /** Set only when the source gives a full day; RSS and JSON Feed need an exact instant. */
  published?: Date | undefined;
  tags: readonly string[];
  author?: string | undefined;
}

const UNDATED = '原文に日付の記載はありません。';

/**
 * Returns the instant a YYYY-MM-DD date stands for (midnight in Japan, where the sources
 * publish), or undefined for a missing or partial (YYYY or YYYY-MM) date, which names no day.
 */
export function dayInstant(date: string | undefined): Date | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return new Date(`${date}T00:00:00+09:00`);
}

/**
 * Returns the feed entries of `articles` in their given order, linked with `link(slug)` (an
 * absolute URL). An undated or partially dated source gets no published instant and says so
 * in its summary, instead of borrowing the build time.
 */
export function feedItems(
  articles: readonly FeedArticle[],
  link: (slug: string) => string,
): FeedItem[] {
  return articles.map((a) => {
    const published = dayInstant(a.date);
    const note = published ? '' : a.date ? `原文の公開日: ${a.date}。` : UNDATED;
    return {
      id: link(a.slug),
      title: a.title,
      link: link(a.slug),
      summary: [a.excerpt ?? '', note].filter(Boolean).join(' '),
      published,
      tags: a.tags,
      author: a.author ?? a.publisher,
    };
  });
}
