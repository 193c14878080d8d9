import type { APIRoute } from 'astro';
import type { CardContent } from '../lib/share-image/card';
import { renderCard } from '../lib/share-image/render';
import { withBase } from '../lib/site/url';

/**
 * Returns the GET handler of a share-image route: `content(props)` says what the card shows
 * (everything but its address, which is the page's own URL `page(props)` under the base).
 */
export function shareCardRoute<P>(
  content: (props: P) => Omit<CardContent, 'address'>,
  page: (props: P) => string,
): APIRoute {
  return async ({ props, site }) => {
    const p = props as P;
    const url = new URL(
      withBase(import.meta.env.BASE_URL, page(p)),
      site ?? 'http://localhost:4321/',
    );
    const png = await renderCard({ ...content(p), address: `${url.host}${url.pathname}` });
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
  };
}
