import type { APIRoute } from 'astro';
import type { CardContent } from '../lib/share-image/card';
import { imageRenderer, installedRenderer } from '../lib/share-image/render';
import { withBase } from '../lib/site/url';

/** A share-card route's parts: what its card shows and which page the card stands for. */
export interface ShareCard<P> {
  /** Returns `paths` unchanged, having started their cards on the build's image pool. */
  paths<T extends { props: P }>(paths: T[]): T[];
  GET: APIRoute;
}

// Started renders by card, so a card begun in getStaticPaths is awaited, not drawn again.
const started = new Map<string, Promise<Buffer>>();

/**
 * Returns the parts of a share-image route: `content(props)` says what the card shows
 * (everything but its address, which is the page's own URL `page(props)` under the base).
 * In a build, `paths` hands every card to the worker pool as soon as Astro lists the routes
 * (before it renders any page), so the cards are drawn on other cores while pages render and
 * GET only collects them; without a pool (dev server) GET draws its card in this thread.
 */
export function shareCard<P>(
  content: (props: P) => Omit<CardContent, 'address'>,
  page: (props: P) => string,
): ShareCard<P> {
  const card = (p: P): CardContent => {
    const url = new URL(
      withBase(import.meta.env.BASE_URL, page(p)),
      import.meta.env.SITE ?? 'http://localhost:4321/',
    );
    return { ...content(p), address: `${url.host}${url.pathname}` };
  };
  const start = (c: CardContent) => {
    const key = JSON.stringify(c);
    let png = started.get(key);
    if (!png) {
      started.set(key, (png = imageRenderer().card(c)));
      // A card that fails before its GET runs fails that GET, not the process.
      png.catch(() => undefined);
    }
    return { key, png };
  };
  return {
    paths(paths) {
      const pool = installedRenderer();
      if (pool) for (const { props } of paths) start(card(props));
      return paths;
    },
    GET: async ({ props }) => {
      const { key, png } = start(card(props as P));
      const bytes = await png;
      started.delete(key);
      return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/png' } });
    },
  };
}
