import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { crawlSite, siteRoot, type CrawledPage } from './crawl';

/*
 * Every page a reader can reach from the home page, found by following links (downloads and
 * fragments left out), plus the 404 page, which nothing links to.
 */

const LIMIT = 300;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// axe over ~40 pages takes about a minute on a loaded two-core machine; with a page and an
// embed view per chart and a page per tag the crawl holds about 130.
test.describe.configure({ timeout: 600_000 });

let crawled: Promise<CrawledPage[]> | undefined;

/** Returns the crawl once per worker; the built site does not change during a run. */
function sitePages(request: APIRequestContext, baseURL: string | undefined) {
  crawled ??= crawlSite(request, siteRoot(baseURL), LIMIT);
  return crawled;
}

test('every page reachable from home answers 200, in Japanese, with exactly one h1', async ({
  request,
  baseURL,
}) => {
  const pages = await sitePages(request, baseURL);
  // Home, 5 articles, data, 8 datasets, companies and the methodology at the very least.
  expect(pages.length).toBeGreaterThanOrEqual(17);
  expect(pages.length, `crawl stopped at ${LIMIT} pages`).toBeLessThan(LIMIT);
  const problems: string[] = [];
  // The pages are static HTML with no scripts, so the served markup is what a reader gets.
  for (const { url, status, html } of pages) {
    if (status !== 200) {
      problems.push(`${url}: status ${status}`);
      continue;
    }
    const h1 = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1 !== 1) problems.push(`${url}: ${h1} h1 elements`);
    const lang = /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1];
    if (lang !== 'ja') problems.push(`${url}: html lang="${lang}"`);
  }
  expect(problems).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations on any page (${scheme})`, async ({
    page,
    request,
    baseURL,
  }) => {
    const root = siteRoot(baseURL);
    const urls = [
      ...(await sitePages(request, baseURL)).filter((p) => p.status === 200).map((p) => p.url),
      new URL('no-such-page/', root).href,
    ];
    await page.emulateMedia({ colorScheme: scheme });
    const violations: string[] = [];
    for (const url of urls) {
      await page.goto(url);
      // Data tables sit in closed <details>; a reader opens them, so axe must see them too.
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      // The site has no frames, so axe.run in the page (legacy mode) sees everything, and
      // skips the blank page that frame-by-frame runs open for every analysis.
      const results = await new AxeBuilder({ page }).withTags(WCAG).setLegacyMode().analyze();
      for (const v of results.violations) {
        const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' '));
        const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
        violations.push(`${url.slice(root.length) || './'} ${v.id}: ${targets.join(' | ')}${more}`);
      }
    }
    expect(violations).toEqual([]);
  });
}
