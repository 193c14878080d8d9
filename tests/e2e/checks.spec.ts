import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The check files as the build reads them: id, record, verdict and kind. */
const CHECKS = readdirSync('data/checks').map((f) => {
  const raw = parse(readFileSync(`data/checks/${f}`, 'utf8')) as {
    record: string;
    verdict: string;
    kind?: string;
  };
  return { id: f.replace(/\.yaml$/, ''), ...raw };
});

test('/checks/ shows every check once, under the heading of its verdict', async ({ page }) => {
  await page.goto('checks/');
  for (const check of CHECKS) {
    const item = page.locator(`section.check[id="${check.id}"]`);
    await expect(item, check.id).toHaveCount(1);
    const group = page.locator(`section:has(> h2#verdict-${check.verdict})`);
    await expect(group.locator(`[id="${check.id}"]`), check.id).toHaveCount(1);
  }
});

test('/checks/ is linked from every page footer and from the methodology', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('footer a[href$="checks/"]')).toHaveCount(1);
  await page.goto('methodology/');
  await expect(page.locator('main a[href*="checks/"]').first()).toBeVisible();
});

test('a contradicted check links its record row, its sources and the article passage', async ({
  page,
}) => {
  await page.goto('checks/');
  const item = page.locator('section.check[id="funding-rounds--anthropic-series-g--amount"]');
  await expect(item.locator('a[href$="data/funding-rounds/#anthropic-series-g"]')).toHaveCount(1);
  await expect(item.locator('a[href^="https://www.anthropic.com/news/"]')).toHaveCount(2);
  await expect(item.locator('a[href*="articles/ai-funding-race-2026/#:~:text="]')).toHaveCount(1);
});

test('an article says at its top how many of its figures were checked and contradicted', async ({
  page,
}) => {
  await page.goto('articles/openai-anthropic-funding/');
  const line = page.locator('header .fact-checks');
  await expect(line).toContainText(
    /この記事の数字のうち\d+件を一次資料などと照合し、\d+件が資料と相違/,
  );
  await expect(line.locator('a[href$="checks/"]')).toHaveCount(1);
});

test('a data table gives each checked record its verdict in words, not colour alone', async ({
  page,
}) => {
  await page.goto('data/funding-rounds/');
  const cell = page.locator('tr#xai-series-c td[data-label="照合"]');
  await expect(cell).toContainText('× 一次資料と相違');
  await expect(cell).toContainText('資料: 60億ドル');
});
