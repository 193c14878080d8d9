import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { chartPages, siteRoot } from './crawl';
import { expectedArticles } from './site-data';

/*
 * Every chart on every page that has one: the five articles and the company pages, found by
 * following links rather than listed here, so a new chart page is checked without edits.
 */

// Each test walks every chart page; on a loaded two-core machine that takes more than 30 s.
test.describe.configure({ timeout: 120_000 });

let discovered: Promise<string[]> | undefined;

/** Returns the chart pages once per worker; the list only changes with a rebuild. */
function pagesWithCharts(request: APIRequestContext, baseURL: string | undefined) {
  discovered ??= chartPages(request, siteRoot(baseURL));
  return discovered;
}

function pathOf(url: string, baseURL: string | undefined): string {
  return url.slice(siteRoot(baseURL).length) || './';
}

async function figuresOn(page: Page, url: string): Promise<{ id: string; figure: Locator }[]> {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  const figures = page.locator('figure.chart');
  const ids = await figures.evaluateAll((fs) => fs.map((f) => f.id));
  expect(ids.length, `${url} has chart figures`).toBeGreaterThan(0);
  // Two figures with one id would give their SVGs the same title ids and the same names.
  expect(new Set(ids).size, `${url} figure ids ${ids.join(', ')}`).toBe(ids.length);
  return ids.map((id) => ({ id, figure: page.locator(`figure.chart[id="${id}"]`) }));
}

/** Marks are the groups that carry a value in their <title>; legends and axes carry none. */
async function emptyMarks(svg: Locator): Promise<{ marks: number; empty: string[] }> {
  return svg.evaluate((root) => {
    const marks = [...root.querySelectorAll('g.mark, g.flow')].filter((g) =>
      g.querySelector(':scope > title'),
    );
    const inked = (s: Element) => {
      const r = s.getBoundingClientRect();
      // A straight flow or leader has no height; a bar or dot needs both sides.
      return s.tagName === 'path' ? r.width > 0 || r.height > 0 : r.width > 0 && r.height > 0;
    };
    const empty = marks
      .filter((g) => ![...g.querySelectorAll('rect, circle, path:not(.leader)')].some(inked))
      .map((g) => g.querySelector(':scope > title')?.textContent ?? '');
    return { marks: marks.length, empty };
  });
}

test('every article and the company pages with rounds or deals carry charts', async ({
  request,
  baseURL,
}) => {
  const paths = (await pagesWithCharts(request, baseURL)).map((u) => pathOf(u, baseURL));
  for (const a of expectedArticles()) expect(paths).toContain(`articles/${a.slug}/`);
  expect(paths).toContain('companies/openai/');
  expect(paths.filter((p) => p.startsWith('companies/')).length).toBeGreaterThan(1);
});

test('at 1280 px every chart shows its wide SVG, named by its title and described by its summary', async ({
  page,
  request,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const url of await pagesWithCharts(request, baseURL)) {
    const where = pathOf(url, baseURL);
    const names: string[] = [];
    for (const { id, figure } of await figuresOn(page, url)) {
      const wide = figure.locator('.chart-wide svg[role="img"]');
      await expect.soft(wide, `${where} #${id} wide`).toBeVisible();
      await expect.soft(figure.locator('.chart-narrow svg'), `${where} #${id} narrow`).toBeHidden();
      const title = ((await wide.locator(':scope > title').textContent()) ?? '').trim();
      expect.soft(title, `${where} #${id} <title>`).not.toBe('');
      await expect.soft(wide, `${where} #${id} name`).toHaveAccessibleName(title);
      const summary = ((await figure.locator('.chart-summary').textContent()) ?? '').trim();
      expect.soft(summary, `${where} #${id} summary`).not.toBe('');
      await expect.soft(wide, `${where} #${id} description`).toHaveAccessibleDescription(summary);
      names.push(title);
    }
    // Two charts with one name cannot be told apart in a screen reader's list of images.
    const repeated = names.filter((n, i) => names.indexOf(n) !== i);
    expect.soft(repeated, `${where}: chart names used twice`).toEqual([]);
  }
});

test('at 360 px every chart shows its narrow SVG and no chart page scrolls sideways', async ({
  page,
  request,
  baseURL,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  for (const url of await pagesWithCharts(request, baseURL)) {
    const where = pathOf(url, baseURL);
    for (const { id, figure } of await figuresOn(page, url)) {
      const narrow = figure.locator('.chart-narrow svg[role="img"]');
      await expect.soft(narrow, `${where} #${id} narrow`).toBeVisible();
      await expect.soft(figure.locator('.chart-wide svg'), `${where} #${id} wide`).toBeHidden();
      await expect.soft(narrow, `${where} #${id} name`).toHaveAccessibleName(/\S/);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect.soft(overflow, `${where} overflows by ${overflow}px at 360 px`).toBeLessThanOrEqual(0);
  }
});

test('every value-bearing mark is drawn with a non-empty shape, in both layouts', async ({
  page,
  request,
  baseURL,
}) => {
  const problems: string[] = [];
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    for (const url of await pagesWithCharts(request, baseURL)) {
      for (const { id, figure } of await figuresOn(page, url)) {
        const { marks, empty } = await emptyMarks(figure.locator('svg.chart-svg:visible'));
        const where = `${pathOf(url, baseURL)} #${id} at ${width}px`;
        if (marks === 0) problems.push(`${where}: no marks`);
        for (const t of empty) problems.push(`${where}: mark "${t}" has no visible shape`);
      }
    }
  }
  expect(problems).toEqual([]);
});

/** A drawn value matches a table value exactly, or with a parenthesised qualifier after it. */
function sameValue(drawn: string, listed: string): boolean {
  return listed !== '' && (drawn === listed || drawn.startsWith(`${listed}(`));
}

/*
 * A company page's chart may point to the page's records tables instead of repeating their rows
 * (ChartFrame's .chart-listed line): its drawn values are then checked against those tables'
 * numeric cells and exact values, and its own data table holds only the values they lack.
 */
test('every value in a chart table is drawn in its SVGs, and every drawn value is in the table', async ({
  page,
  request,
  baseURL,
}) => {
  const problems: string[] = [];
  for (const url of await pagesWithCharts(request, baseURL)) {
    for (const { id, figure } of await figuresOn(page, url)) {
      const where = `${pathOf(url, baseURL)} #${id}`;
      const found = await figure.evaluate((fig) => ({
        rows: fig.querySelectorAll('tbody tr').length,
        cells: [...fig.querySelectorAll('tbody td.num')]
          .map((td) => ({
            text: (td.textContent ?? '').trim(),
            exact: td.getAttribute('title') ?? '',
          }))
          .filter((c) => c.text !== '' && c.text !== '—'),
        listedIn: [...fig.querySelectorAll('.chart-listed a[href^="#"]')].map((a) =>
          decodeURIComponent(a.getAttribute('href')!.slice(1)),
        ),
        // A records cell shows its value, then the exact value in a span.exact.
        listed: [...fig.querySelectorAll('.chart-listed a[href^="#"]')].flatMap((a) => {
          const section = document.getElementById(
            decodeURIComponent(a.getAttribute('href')!.slice(1)),
          );
          return [...(section?.querySelectorAll('tbody td.num') ?? [])].map((td) => ({
            text: [...td.childNodes]
              .filter((n) => !(n instanceof Element && n.classList.contains('exact')))
              .map((n) => n.textContent ?? '')
              .join('')
              .trim(),
            exact: td.getAttribute('title') ?? '',
          }));
        }),
        svgs: [...fig.querySelectorAll('svg.chart-svg')].map((svg) => ({
          id: svg.id,
          // The <svg>'s own <title> is its name; a mark's <title> is its exact value on hover.
          titles: [...svg.querySelectorAll('g > title')]
            .map((t) => (t.textContent ?? '').trim())
            .filter((t) => t !== ''),
          words: [...svg.querySelectorAll('text')].flatMap((t) =>
            (t.textContent ?? '').split(/[\s・()（）]+/),
          ),
        })),
      }));
      if (found.listedIn.length === 0 && (found.rows === 0 || found.cells.length === 0))
        problems.push(`${where}: empty table`);
      if (found.listedIn.length > 0 && found.listed.length === 0)
        problems.push(`${where}: points to ${found.listedIn.join(', ')}, which list no values`);
      const tables = [...found.cells, ...found.listed];
      expect(found.svgs.length, where).toBe(2);
      for (const svg of found.svgs) {
        // A checked mark's title ends in its verdict (・照合: …), which is not a value of the table.
        const drawn = svg.titles
          // A reference tick gives the primary source's figure, which the check records, not the table.
          .filter((t) => !t.startsWith('一次資料 '))
          .map((t) => t.split('・照合: ')[0]!)
          .map((t) => (t.includes(': ') ? t.slice(t.indexOf(': ') + 2) : t));
        for (const c of found.cells) {
          const shown =
            drawn.some((d) => sameValue(d, c.exact) || sameValue(d, c.text)) ||
            svg.words.includes(c.text);
          if (!shown) problems.push(`${where} (${svg.id}): table value ${c.text} is not drawn`);
        }
        for (const d of drawn) {
          const listed = tables.some((c) => sameValue(d, c.exact) || sameValue(d, c.text));
          if (!listed)
            problems.push(`${where} (${svg.id}): drawn value "${d}" is not in the table`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart SVG is drawn with a non-zero box', async ({ page, request, baseURL }) => {
    for (const url of await pagesWithCharts(request, baseURL)) {
      for (const { id, figure } of await figuresOn(page, url)) {
        const svg = figure.locator('svg.chart-svg:visible');
        await expect.soft(svg, `${pathOf(url, baseURL)} #${id}`).toHaveCount(1);
        const box = await svg.first().boundingBox();
        expect.soft(box?.width ?? 0, `${pathOf(url, baseURL)} #${id} width`).toBeGreaterThan(0);
        expect.soft(box?.height ?? 0, `${pathOf(url, baseURL)} #${id} height`).toBeGreaterThan(0);
      }
    }
  });
});
