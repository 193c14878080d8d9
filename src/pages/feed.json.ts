import type { APIRoute } from 'astro';
import { articleIndex } from '../adapter/site-index';
import { feedItems } from '../lib/feeds/items';
import { jsonFeed } from '../lib/feeds/json-feed';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/seo/site';
import { withBase } from '../lib/site/url';

/** JSON Feed 1.1 of every article, the same entries as /rss.xml. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const origin = site ?? new URL('http://localhost:4321/');
  const abs = (path: string) => new URL(withBase(base, path), origin).href;
  const items = feedItems(await articleIndex(), (slug) => abs(`articles/${slug}/`));
  const feed = jsonFeed(
    { title: SITE_NAME, description: SITE_DESCRIPTION, home: abs(''), feedUrl: abs('feed.json') },
    items,
  );
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
