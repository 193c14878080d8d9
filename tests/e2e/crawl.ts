import type { APIRequestContext } from '@playwright/test';

/** A page reached by following links: its absolute URL, HTTP status and HTML. */
export interface CrawledPage {
  url: string;
  status: number;
  html: string;
}

/** Downloads (data, chart images, feeds) are linked from pages; they are files, not pages. */
const DOWNLOAD = /\.(csv|json|xml|svg|png)$/;

/**
 * Stable record links (data/<name>/record/<id>/) only send the reader on to a table page with
 * a refresh; they are not pages (data.spec.ts follows them).
 */
const RECORD_LINK = /\/data\/[^/]+\/record\//;

/**
 * Returns the `<a href>` targets of `html` resolved against `from`, without fragments or
 * queries, kept only when they are pages under `root` (same origin, inside the base path).
 */
export function pageLinks(html: string, from: string, root: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
    const href = (m[1] ?? '').replace(/&amp;/g, '&');
    if (href === '' || href.startsWith('#')) continue;
    const url = new URL(href, from);
    url.hash = '';
    url.search = '';
    if (!url.href.startsWith(root) || DOWNLOAD.test(url.pathname) || RECORD_LINK.test(url.pathname))
      continue;
    out.add(url.href);
  }
  return [...out];
}

/**
 * Returns every page reachable from `root` by internal links, breadth first, at most `limit`
 * pages; pages answering with an error status are included so callers can report them.
 */
export async function crawlSite(
  request: APIRequestContext,
  root: string,
  limit = 200,
): Promise<CrawledPage[]> {
  const seen = new Set([root]);
  const queue = [root];
  const pages: CrawledPage[] = [];
  while (queue.length > 0 && pages.length < limit) {
    const url = queue.shift()!;
    const res = await request.get(url);
    const type = res.headers()['content-type'] ?? '';
    const html = type.includes('text/html') ? await res.text() : '';
    pages.push({ url, status: res.status(), html });
    for (const next of pageLinks(html, url, root)) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return pages;
}

/** Returns the site root as an absolute URL ending in `/`, from Playwright's `baseURL`. */
export function siteRoot(baseURL: string | undefined): string {
  if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL');
  return new URL('./', baseURL.endsWith('/') ? baseURL : `${baseURL}/`).href;
}

/**
 * Returns the URLs of the pages that hold at least one chart figure: the articles linked from
 * the home page and the company pages linked from /companies/, in link order.
 */
export async function chartPages(request: APIRequestContext, root: string): Promise<string[]> {
  const linked = async (path: string, pattern: RegExp) => {
    const res = await request.get(new URL(path, root).href);
    if (!res.ok()) throw new Error(`${path} answered ${res.status()}`);
    return pageLinks(await res.text(), new URL(path, root).href, root).filter((u) =>
      pattern.test(u.slice(root.length)),
    );
  };
  const candidates = [
    ...(await linked('./', /^articles\/[^/]+\/$/)),
    ...(await linked('companies/', /^companies\/[^/]+\/$/)),
  ];
  const withCharts: string[] = [];
  for (const url of candidates) {
    const html = await (await request.get(url)).text();
    if (/<figure\b[^>]*\bclass="chart"/.test(html)) withCharts.push(url);
  }
  return withCharts;
}
