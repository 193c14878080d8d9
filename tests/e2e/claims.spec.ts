import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { claimsIn } from '../../src/lib/claims/claims';
import { claimKey } from '../../src/lib/claims/plugin';
import { loadClaims, loadVerdicts } from '../../src/lib/claims/load';
import { formatMoney, parseMoney } from '../../src/lib/money';
import { bodyParagraphs, containsWhole } from '../../src/lib/validate/quotes';
import { listFiles } from '../../src/lib/validate/read';
import { crawlSite, siteRoot } from './crawl';

/*
 * Claim marks and disputed figures, as a reader without JavaScript sees them: every sentence a
 * record quotes carries a mark linking to the record, and no page calls a disputed figure the
 * largest.
 */

const DATA = join(process.cwd(), 'data');
const ARTICLES = join(process.cwd(), 'content/articles');
const claims = loadClaims(DATA);

test.use({ javaScriptEnabled: false });

for (const [slug, mine] of [...claims].sort(([a], [b]) => a.localeCompare(b))) {
  test(`${slug}: every figure the article is cited for carries one mark linking to its record`, async ({
    page,
  }) => {
    const mdx = readFileSync(join(ARTICLES, `${slug}.mdx`), 'utf8');
    const [, front = '', rest = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(mdx) ?? [];
    const body = bodyParagraphs(rest);
    const inBody = mine.filter((c) => body.some((p) => containsWhole(p, c.quote)));
    // The page renders the title outside the MDX and marks its quoted figures under it.
    const inTitle = claimsIn(String((parse(front) as { title: unknown }).title), mine);
    const expected = [...inBody, ...inTitle];
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`articles/${slug}/`);
    const marks = page.locator('article a.claim');
    await expect(marks).toHaveCount(expected.length);
    const hrefs = await marks.evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)),
    );
    expect(hrefs.sort()).toEqual(expected.map((c) => c.id).sort());
    expect(new Set(inBody.map(claimKey)).size).toBe(inBody.length);
  });
}

test('a mark leads to its record’s row on the data page', async ({ page }) => {
  await page.goto('articles/openai-anthropic-funding/');
  const href = await page.locator('article a.claim').first().getAttribute('href');
  expect(href).toMatch(/\/data\/[a-z-]+\/#[a-z0-9-]+$/);
  await page.goto(href ?? '');
  await expect(page.locator(`[id="${href?.split('#')[1]}"]`)).toHaveCount(1);
});

test('a contradicted figure’s mark says so in words, with the primary figure in its title', async ({
  page,
}) => {
  const verdicts = loadVerdicts(DATA);
  const [key, v] = [...verdicts].find(([, x]) => x.verdict === 'contradicted' && x.primary) ?? [];
  if (!key || !v) throw new Error('data/checks holds a contradicted check with a primary figure');
  const [dataset, id] = key.split('/');
  const slug = [...claims].find(([, cs]) =>
    cs.some((c) => c.id === id && c.dataset === dataset),
  )?.[0];
  await page.goto(`articles/${slug}/`);
  const mark = page.locator(`article a.claim[href$="/data/${dataset}/#${id}"]`).first();
  await expect(mark).toContainText('一次資料と相違');
  await expect(mark).toHaveAttribute('title', new RegExp(`一次資料では${v.primary}`));
});

/** `<name>の<amount>` of every figure no summary may call the largest. */
function disputedPhrases(): string[] {
  const names = new Map<string, string>();
  for (const f of listFiles(join(DATA, 'companies'))) {
    const c = parse(readFileSync(f, 'utf8')) as { name: string; name_ja?: string };
    names.set(f.replace(/^.*\/|\.yaml$/g, ''), c.name_ja ?? c.name);
  }
  const verdicts = loadVerdicts(DATA);
  return listFiles(join(DATA, 'funding-rounds')).flatMap((f) => {
    const id = f.replace(/^.*\/|\.yaml$/g, '');
    const r = parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
    const disputed =
      r.kind === 'headline' ||
      r.cumulative === true ||
      (Array.isArray(r.conflicts_with) && r.conflicts_with.length > 0) ||
      verdicts.get(`funding-rounds/${id}`)?.verdict === 'contradicted';
    const money = parseMoney(String(r.amount));
    if (!disputed || !money.ok) return [];
    return [`${names.get(String(r.company)) ?? String(r.company)}の${formatMoney(money.value)}`];
  });
}

test('no page says a disputed figure is the largest', async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  const phrases = disputedPhrases();
  expect(phrases.length).toBeGreaterThan(0);
  const pages = await crawlSite(request, siteRoot(baseURL), 300);
  const said: string[] = [];
  for (const { url, html } of pages) {
    const text = html.replace(/<[^>]+>/g, '');
    for (const m of text.matchAll(/最大は([^。(]*)/g)) {
      const hit = phrases.find((p) => (m[1] ?? '').includes(p));
      if (hit) said.push(`${url}: 最大は${m[1] ?? ''}`);
    }
  }
  expect(said).toEqual([]);
});
