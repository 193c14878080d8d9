import { expect, test } from '@playwright/test';
import { csvParse } from 'd3';
import { readFileSync } from 'node:fs';

const DATASETS = [
  'funding-rounds',
  'companies',
  'deals',
  'capex',
  'revenues',
  'market-sizes',
  'gpu-clusters',
  'shares',
];

test('the data page lists every dataset with its record count and downloads', async ({ page }) => {
  await page.goto('data/');
  for (const name of DATASETS) {
    await expect(page.locator(`a[href$="data/${name}/"]`)).toHaveCount(1);
    await expect(page.locator(`a[href$="data/${name}.csv"]`)).toHaveCount(1);
    await expect(page.locator(`a[href$="data/${name}.json"]`)).toHaveCount(1);
    await expect(page.locator(`a[href$="data/${name}.schema.json"]`)).toHaveCount(1);
  }
});

for (const name of DATASETS) {
  test(`${name}: the CSV download, the JSON and the table agree on every record`, async ({
    page,
    request,
  }) => {
    await page.goto('data/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`a[href$="data/${name}.csv"]`).click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    // Excel on Japanese Windows needs the BOM to read UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toContain('\r\n');
    const rows = csvParse(text.replace(/\r\n/g, '\n'));
    expect(rows.columns[0]).toBe('id');

    const json = await (await request.get(`data/${name}.json`)).json();
    expect(json.records.length).toBe(rows.length);
    expect(json.records.map((r: { id: string }) => r.id).sort()).toEqual(
      rows.map((r) => r.id).sort(),
    );
    const schema = await (await request.get(`data/${name}.schema.json`)).json();
    expect(schema.type).toBe('object');

    await page.goto(`data/${name}/`);
    await expect(page.locator('tbody tr')).toHaveCount(rows.length);
    for (const r of rows) await expect(page.locator(`tr[id="${r.id}"]`)).toHaveCount(1);
  });
}

test('funding-rounds amounts are parsed into currency, bounds and US dollars', async ({
  request,
}) => {
  const json = await (await request.get('data/funding-rounds.json')).json();
  const text = await (await request.get('data/funding-rounds.csv')).text();
  const rows = csvParse(text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
  const xai = rows.find((r) => r.amount_text === '200億ドル');
  expect(xai).toBeDefined();
  expect(Number(xai!.amount_min)).toBe(20_000_000_000);
  expect(xai!.amount_currency).toBe('USD');
  expect(json.records.length).toBeGreaterThanOrEqual(5);
});

test('every figure row on a dataset page links its quote to the cited article', async ({
  page,
}) => {
  await page.goto('data/funding-rounds/');
  const links = page.locator('tbody td.src a');
  expect(await links.count()).toBeGreaterThan(0);
  const href = await links.first().getAttribute('href');
  expect(href).toMatch(/articles\/[a-z0-9-]+\/#:~:text=/);
  await page.goto(href!);
  await expect(page.locator('h1')).toHaveCount(1);
});

test('a company page shows its rounds, its deals and the articles that mention it', async ({
  page,
}) => {
  await page.goto('companies/openai/');
  await expect(page.locator('h1')).toHaveText('OpenAI');
  await expect(page.getByRole('heading', { name: '資金調達ラウンド' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '戦略的取引' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'この企業に触れた記事' })).toBeVisible();
  expect(await page.locator('.mentions > li').count()).toBeGreaterThanOrEqual(3);
});

test('an article lists the figures that cite it in この記事の数字', async ({ page }) => {
  await page.goto('articles/xai-20b-nvidia/');
  const panel = page.locator('aside.figures');
  await expect(panel.getByRole('heading', { name: 'この記事の数字' })).toBeVisible();
  await expect(panel).toContainText('200億ドル');
});

test('a record’s stable link, followed from its row or from outside, lands on that row of its table page', async ({
  page,
}) => {
  for (const name of ['funding-rounds', 'deals', 'capex']) {
    await page.goto(`data/${name}/`);
    const href = (await page.locator('tbody tr[id] a.permalink').first().getAttribute('href'))!;
    const id = new RegExp(`data/${name}/record/([^/]+)/$`).exec(href)?.[1];
    expect(id, href).toBeTruthy();
    // The link sits in the row of the record it names.
    await expect(page.locator(`tr[id="${id}"] a.permalink[href="${href}"]`)).toHaveCount(1);
    // From outside the site: open the stable link itself, as a reader pasting it would.
    await page.goto(href);
    await page.waitForURL(new RegExp(`data/${name}/(page/\\d+/)?#${id}$`));
    await expect(page.locator(`tr[id="${id}"]`)).toBeInViewport();
  }
});
