import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleIndex } from '../adapter/site-index';
import { feedItems } from '../lib/feeds/items';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/seo/site';
import { withBase } from '../lib/site/url';

/** RSS 2.0 feed of every article, newest first, with excerpts (see src/lib/feeds/items.ts). */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const origin = site ?? new URL('http://localhost:4321/');
  const link = (slug: string) => new URL(withBase(base, `articles/${slug}/`), origin).href;
  const items = feedItems(await articleIndex(), link);
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: new URL(withBase(base), origin).href,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>ja</language>',
      `<atom:link href="${new URL(withBase(base, 'rss.xml'), origin).href}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: items.map((i) => ({
      title: i.title,
      link: i.link,
      description: i.summary,
      pubDate: i.published,
      categories: [...i.tags],
      customData: `<guid isPermaLink="true">${i.id}</guid>`,
    })),
  });
};
