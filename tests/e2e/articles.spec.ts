import { expect, test, type Page } from '@playwright/test';
import { expectedArticles } from './site-data';

const articles = expectedArticles();

/** Collects console errors and failed requests while a page loads. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`${res.status()} ${res.url()}`);
  });
  return errors;
}

test('the five source articles are published, with their section headings', () => {
  expect(articles.map((a) => a.slug)).toHaveLength(5);
  // The 75 KB source repeats ten distinct sections; each must survive once.
  expect(articles.find((a) => a.slug === 'openai-anthropic-funding')?.headings).toHaveLength(10);
});

test('home lists every article newest first, undated ones marked 日付不明', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  const titles = await page.locator('.article-list h3').allTextContents();
  expect(titles.map((t) => t.trim()).sort()).toEqual(articles.map((a) => a.title).sort());
  const dates = await page.locator('.article-list .meta p').allTextContents();
  const undated = dates.findIndex((d) => d.includes('日付不明'));
  expect(undated).toBeGreaterThan(0);
  expect(dates.slice(undated).every((d) => d.includes('日付不明'))).toBe(true);
  expect(errors).toEqual([]);
});

for (const article of articles) {
  test(`article ${article.slug} shows its title and each heading exactly once`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto(`articles/${article.slug}/`);
    await expect(page.locator('h1')).toHaveText(article.title);
    const rendered = (await page.locator('.body h2, .body h3').allTextContents()).map((t) =>
      t.trim(),
    );
    for (const heading of article.headings) {
      expect(
        rendered.filter((h) => h === heading),
        heading,
      ).toHaveLength(1);
    }
    expect(errors).toEqual([]);
  });
}

test('an unknown URL gets the 404 page', async ({ page }) => {
  const res = await page.goto('no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('ページが見つかりません');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
