import { expect, test, type APIRequestContext } from '@playwright/test';
import { siteRoot } from './crawl';

/* Chart permalink pages: downloads, embed snippet, and the embed view inside an iframe. */

test.describe.configure({ timeout: 120_000 });

async function chartIds(request: APIRequestContext) {
  const html = await (await request.get('charts/')).text();
  return [...html.matchAll(/href="[^"]*charts\/(chart-[^/"]+)\/"/g)].map((m) => m[1]!);
}

test('every chart on the site links to its own page, which offers SVG, PNG, CSV and an embed', async ({
  request,
  baseURL,
}) => {
  const ids = await chartIds(request);
  // The home page and the articles place 14 distinct charts today; company-only charts have no page.
  expect(ids.length).toBeGreaterThanOrEqual(10);
  for (const id of ids) {
    const page = await request.get(`charts/${id}/`);
    expect(page.status(), id).toBe(200);
    const html = await page.text();
    expect(html, id).toContain(`<figure class="chart" id="${id}"`);
    for (const [ext, type, magic] of [
      ['svg', 'image/svg+xml', '<?xml'],
      ['png', 'image/png', '\x89PNG'],
      ['csv', 'text/csv', '\uFEFF'],
    ] as const) {
      expect(html, `${id} links its ${ext}`).toContain(`charts/${id}/${id}.${ext}"`);
      const res = await request.get(`charts/${id}/${id}.${ext}`);
      expect(res.status(), `${id}.${ext}`).toBe(200);
      expect(res.headers()['content-type'], `${id}.${ext}`).toContain(type);
      const body = await res.body();
      const start =
        ext === 'png' ? body.subarray(0, 4).toString('latin1') : body.toString('utf8', 0, 16);
      expect(start.startsWith(magic), `${id}.${ext} starts with its signature`).toBe(true);
    }
    const embedUrl = new URL(`charts/${id}/embed/`, siteRoot(baseURL)).pathname;
    expect(html).toMatch(new RegExp(`&lt;iframe src=&quot;https?://[^&]+${embedUrl}&quot;`));
  }
});

test('the SVG download carries its styles and Japanese labels; the CSV has the exact values', async ({
  request,
}) => {
  const svg = await (await request.get('charts/chart-capex-2026/chart-capex-2026.svg')).text();
  expect(svg).toMatch(/<svg[^>]* width="\d+" height="\d+"/);
  expect(svg).toContain('<style>');
  expect(svg).not.toContain('var(--');
  expect(svg).toContain('億ドル');
  const csv = await (await request.get('charts/chart-capex-2026/chart-capex-2026.csv')).text();
  const [header = ''] = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(header).toContain('(正確な値)');
  expect(csv).toMatch(/115,000,000,000 USD/);
});

for (const width of [360, 800]) {
  test(`an embed renders inside an iframe on a blank page (${width} px)`, async ({
    page,
    baseURL,
  }) => {
    const src = new URL('charts/chart-network/embed/', siteRoot(baseURL)).href;
    await page.setViewportSize({ width: width + 40, height: 900 });
    await page.setContent(
      `<!doctype html><html lang="en"><body style="margin:0"><iframe src="${src}" title="embed" style="width:${width}px;height:700px;border:0"></iframe></body></html>`,
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('figure.chart')).toBeVisible();
    const shown = frame.locator(width < 600 ? '.chart-narrow svg' : '.chart-wide svg');
    await expect(shown).toBeVisible();
    const box = await shown.boundingBox();
    expect(box?.width).toBeGreaterThan(width * 0.8);
    expect(box?.width).toBeLessThanOrEqual(width);
    await expect(frame.locator('.credit a')).toHaveAttribute('target', '_top');
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the embed view draws its chart', async ({ page }) => {
    await page.goto('charts/chart-network/embed/');
    await expect(page.locator('figure.chart svg').first()).toBeVisible();
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  });
});
