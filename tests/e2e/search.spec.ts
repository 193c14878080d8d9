import { expect, test, type Page } from '@playwright/test';

/*
 * Search runs Pagefind over the built site. The header box is a plain form, so every page but
 * the search page ships no script; the search page loads Pagefind only once a query runs.
 */

const headerSearch = (page: Page) => page.getByRole('searchbox', { name: 'サイト内検索' });
const results = (page: Page) => page.locator('#search-results li');

test('no page outside /search/ loads a script or the search bundle', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const path of ['./', 'articles/', 'articles/openai-anthropic-funding/', 'companies/']) {
    await page.goto(path);
    await headerSearch(page).focus();
    expect(
      await page.locator('script[src], script:not([type="application/ld+json"])').count(),
    ).toBe(0);
  }
  expect(requests.filter((u) => /pagefind|\.js(\?|$)/.test(u))).toEqual([]);
});

test('the search page downloads nothing for search until a query runs', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('search/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  await page.locator('#q').fill('評価額');
  await expect(results(page).first()).toBeVisible();
  expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('a query searches every bundle of an index built in shards', async ({ page, request }) => {
  // npm test builds with a small shard budget, so the 1x site is indexed in several bundles.
  const { bundles } = (await (await request.get('pagefind/shards.json')).json()) as {
    bundles: string[];
  };
  expect(bundles.length).toBeGreaterThan(0);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('search/?q=Anthropic');
  // The first bundle holds articles only; the company page comes from a merged one.
  await expect(results(page).locator('a[href*="companies/anthropic/"]').first()).toBeVisible();
  for (const b of bundles) {
    const name = b.replace(/^\.\.\//, '');
    expect(requests.some((u) => u.includes(`/${name}pagefind-entry.json`))).toBe(true);
  }
});

test('the header box searches for 評価額 and a result opens its page', async ({ page }) => {
  await page.goto('./');
  await headerSearch(page).fill('評価額');
  await headerSearch(page).press('Enter');
  await expect(page).toHaveURL(/search\/\?q=/);
  await expect(results(page).first()).toBeVisible();
  const types = await results(page).locator('.type').allTextContents();
  expect(types).toContain('記事');
  const first = results(page).first().locator('a');
  const title = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page.locator('h1')).toHaveText(title);
});

test.describe('Japanese and Latin queries find the pages that contain them', () => {
  const cases: [string, RegExp, string][] = [
    ['評価額', /articles\//, '記事'],
    ['データセンター', /articles\//, '記事'],
    // The site writes SoftBank in katakana (ソフトバンクグループ).
    ['ソフトバンク', /companies\/softbank\//, '企業'],
    ['Anthropic', /companies\/anthropic\//, '企業'],
    // The OpenAI round and the NVIDIA–OpenAI deal are the records of 1000億ドル.
    ['1000億ドル', /companies\/(openai|nvidia)\//, '企業'],
  ];
  for (const [q, href, type] of cases) {
    test(`「${q}」 lists a ${type} page`, async ({ page }) => {
      await page.goto(`search/?q=${encodeURIComponent(q)}`);
      await expect(results(page).first()).toBeVisible();
      const hits = await results(page).evaluateAll((lis) =>
        lis.map((li) => ({
          href: li.querySelector('a')?.getAttribute('href') ?? '',
          type: li.querySelector('.type')?.textContent ?? '',
          text: li.textContent ?? '',
        })),
      );
      // A page of the expected type that shows the whole query in its excerpt.
      const match = hits.filter((h) => href.test(h.href) && h.type === type);
      expect(match.map((h) => h.href)).not.toEqual([]);
      expect(match.some((h) => h.text.includes(q))).toBe(true);
    });
  }
});

test('Anthropic in the header box leads to the Anthropic company page', async ({ page }) => {
  await page.goto(`search/?q=Anthropic`);
  const link = results(page).locator('a[href*="companies/anthropic/"]').first();
  await link.click();
  await expect(page.locator('h1')).toHaveText('Anthropic');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links to the indexes', async ({
    page,
  }) => {
    await page.goto('search/?q=評価額');
    const notice = page.locator('.notice');
    await expect(notice).toContainText('JavaScriptが必要です');
    for (const name of ['記事一覧', '企業', 'データ']) {
      await expect(notice.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });
});
