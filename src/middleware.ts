import type { MiddlewareHandler } from 'astro';
import { pageListeners } from './adapter/built-pages';

/**
 * Passes every response through unchanged, except that an HTML page a build integration listens
 * for (src/adapter/built-pages.ts) is read once and its HTML handed over before Astro writes it.
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const listeners = pageListeners(context.url.pathname);
  if (!listeners.length || !response.headers.get('content-type')?.includes('text/html'))
    return response;
  const html = await response.text();
  for (const listener of listeners) listener.page(context.url.pathname, html);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};
