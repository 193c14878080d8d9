import { expect, test, type APIRequestContext } from '@playwright/test';
import { checkJsonLd } from '../../src/lib/seo/schema-check';
import { crawlSite, siteRoot, type CrawledPage } from './crawl';

/*
 * Feeds, sitemap, structured data and share images, checked on the built site. URLs inside
 * feeds and meta use SITE_URL's origin, so they are compared by path.
 */

test.describe.configure({ timeout: 120_000 });

let crawled: Promise<CrawledPage[]> | undefined;
const pages = (request: APIRequestContext, baseURL: string | undefined) =>
  (crawled ??= crawlSite(request, siteRoot(baseURL), 300));

const pathOf = (url: string) => new URL(url).pathname;
const meta = (html: string, property: string) =>
  new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];

test('the RSS feed is RSS 2.0 with one dated-or-undated item per article', async ({
  page,
  request,
}) => {
  const res = await request.get('rss.xml');
  expect(res.headers()['content-type']).toContain('xml');
  const xml = await res.text();
  await page.goto('about:blank');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror'))
      return { error: doc.querySelector('parsererror')?.textContent };
    const rss = doc.documentElement;
    const channel = rss.querySelector(':scope > channel');
    const items = [...doc.querySelectorAll('channel > item')].map((i) => ({
      title: i.querySelector('title')?.textContent ?? '',
      link: i.querySelector('link')?.textContent ?? '',
      guid: i.querySelector('guid')?.textContent ?? '',
      description: i.querySelector('description')?.textContent ?? '',
      pubDate: i.querySelector('pubDate')?.textContent,
      categories: i.querySelectorAll('category').length,
    }));
    return {
      root: rss.nodeName,
      version: rss.getAttribute('version'),
      channel: ['title', 'link', 'description'].map(
        (n) => channel?.querySelector(`:scope > ${n}`)?.textContent ?? '',
      ),
      items,
    };
  }, xml);
  expect(feed.error).toBeUndefined();
  expect(feed.root).toBe('rss');
  expect(feed.version).toBe('2.0');
  expect(feed.channel?.every((t) => t.length > 0)).toBe(true);
  const articles = await (await request.get('articles/')).text();
  const slugs = [...articles.matchAll(/<h3[^>]*><a href="[^"]*articles\/([^/"]+)\/"/g)].map(
    (m) => m[1],
  );
  expect(feed.items?.map((i) => pathOf(i.link).split('/').at(-2))).toEqual(slugs);
  for (const item of feed.items ?? []) {
    expect(item.title.length).toBeGreaterThan(0);
    expect(item.guid).toBe(item.link);
    // RFC 822 dates, or no pubDate and a sentence saying the source gives none.
    if (item.pubDate)
      expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    else expect(item.description).toMatch(/日付の記載はありません|原文の公開日/);
  }
  expect(feed.items?.some((i) => !i.pubDate)).toBe(true);
  expect(feed.items?.some((i) => i.categories > 0)).toBe(true);
});

test('the JSON Feed carries the same items as the RSS feed', async ({ request }) => {
  const feed = (await (await request.get('feed.json')).json()) as {
    version: string;
    items: { url: string; date_published?: string }[];
  };
  const rss = await (await request.get('rss.xml')).text();
  const links = [...rss.matchAll(/<link>([^<]*articles[^<]*)<\/link>/g)].map((m) => pathOf(m[1]!));
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.items.map((i) => pathOf(i.url))).toEqual(links);
});

test('the sitemap lists every page reachable from home, and only pages that exist', async ({
  request,
  baseURL,
}) => {
  const index = await (await request.get('sitemap-index.xml')).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1]!));
  const listed = new Set<string>();
  for (const map of maps) {
    const xml = await (await request.get(new URL(map, siteRoot(baseURL)).href)).text();
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(decodeURI(pathOf(m[1]!)));
  }
  const reachable = (await pages(request, baseURL))
    .filter((p) => p.status === 200 && p.html !== '' && !/\/embed\/$/.test(p.url))
    .map((p) => decodeURI(pathOf(p.url)));
  expect(reachable.filter((p) => !listed.has(p))).toEqual([]);
  for (const p of listed) {
    const res = await request.get(new URL(p, siteRoot(baseURL)).href);
    expect(res.status(), p).toBe(200);
  }
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});

test('every page has valid schema.org JSON-LD of the type its kind needs', async ({
  request,
  baseURL,
}) => {
  const problems: string[] = [];
  const types = new Map<string, string[]>();
  for (const { url, html, status } of await pages(request, baseURL)) {
    if (status !== 200 || html === '') continue;
    const found: string[] = [];
    for (const m of html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)) {
      const body = JSON.parse(m[1]!) as unknown;
      problems.push(...checkJsonLd(body).map((p) => `${pathOf(url)} ${p}`));
      for (const n of [body].flat() as { '@type': string }[]) found.push(n['@type']);
    }
    types.set(pathOf(url).replace(/^.*?\/(articles|companies|data|charts)\//, '$1/'), found);
  }
  expect(problems).toEqual([]);
  const kinds = [...types];
  const expectations: [RegExp, string][] = [
    [/^articles\/[^/]+\/$/, 'NewsArticle'],
    [/^companies\/[^/]+\/$/, 'Organization'],
    [/^data\/[^/]+\/$/, 'Dataset'],
  ];
  for (const [re, type] of expectations) {
    const matching = kinds.filter(([p]) => re.test(p));
    expect(matching.length, String(re)).toBeGreaterThan(0);
    for (const [p, t] of matching) expect(t, p).toContain(type);
  }
});

test('every article, company and chart page has its own 1200×630 PNG share image', async ({
  request,
  baseURL,
}) => {
  const own = /\/(articles|companies|charts)\/([^/]+)\/$/;
  let checked = 0;
  for (const { url, html, status } of await pages(request, baseURL)) {
    if (status !== 200 || html === '' || /\/embed\/$/.test(url)) continue;
    const image = meta(html, 'og:image');
    expect(image, url).toBeTruthy();
    expect(meta(html, 'twitter:card'), url).toBe('summary_large_image');
    const m = own.exec(pathOf(url));
    if (m) {
      expect(pathOf(image!), url).toMatch(new RegExp(`/og/${m[1]}/${m[2]}\\.png$`));
      const res = await request.get(new URL(pathOf(image!), siteRoot(baseURL)).href);
      expect(res.status(), image).toBe(200);
      const png = await res.body();
      // PNG signature, then IHDR width and height.
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      checked++;
    }
  }
  // 5 articles, 21 companies and the 14 charts the home page and the articles place.
  expect(checked).toBeGreaterThanOrEqual(5 + 20 + 10);
});
