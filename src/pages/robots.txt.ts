import type { APIRoute } from 'astro';
import { withBase } from '../lib/site/url';

/** robots.txt: every page may be crawled (embed views carry noindex instead); names the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const origin = site ?? new URL('http://localhost:4321/');
  const body = [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${new URL(withBase(base, 'sitemap-index.xml'), origin).href}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
