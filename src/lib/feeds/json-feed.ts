import type { FeedItem } from './items';

/** The channel a feed describes, with absolute URLs. */
export interface FeedChannel {
  title: string;
  description: string;
  home: string;
  feedUrl: string;
}

/** Returns a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1) for `items`. */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.home,
    feed_url: channel.feedUrl,
    language: 'ja',
    items: items.map((i) => ({
      id: i.id,
      url: i.link,
      title: i.title,
      content_text: i.summary,
      summary: i.summary,
      ...(i.published && { date_published: i.published.toISOString() }),
      ...(i.tags.length > 0 && { tags: [...i.tags] }),
      ...(i.author && { authors: [{ name: i.author }] }),
    })),
  };
}
