/**
 * `npm run audit:lighthouse [-- --dist <folder>]`: serves the built site (dist/ by default)
 * with `astro preview`, runs Lighthouse on six page types (home, an article, a company page, a
 * data page, a chart page, the search page) in headless Chromium, and prints one table of the
 * four category scores plus every audit that cost a point, so each missing point is explained.
 * Chromium comes from CHROME_PATH, else the project's browser finder (scripts/lib/browser.ts).
 * Exits 1 when any score is below 100.
 */
import { spawn } from 'node:child_process';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findBrowser } from './lib/browser';

const PAGES: [string, string][] = [
  ['home', ''],
  ['article', 'articles/openai-anthropic-funding/'],
  ['company', 'companies/anthropic/'],
  ['data', 'data/funding-rounds/'],
  ['chart', 'charts/chart-capex-2026/'],
  ['search', 'search/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const port = Number(arg('--port') ?? 4399);
const dist = arg('--dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const root = `http://localhost:${port}${base}`;

async function waitFor(url: string, ms = 90_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${ms / 1000}s`);
}

const preview = spawn(
  'npx',
  [
    'astro',
    'preview',
    '--port',
    String(port),
    '--ignore-lock',
    ...(dist ? ['--outDir', dist] : []),
  ],
  // Its own process group, so stopping it also stops the astro process npx starts.
  { stdio: 'ignore', detached: true, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
let failed = false;
try {
  await waitFor(root);
  const found = process.env.CHROME_PATH ? undefined : await findBrowser();
  Object.assign(process.env, found?.env ?? {});
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? found?.executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const rows: string[] = [];
  const lost: string[] = [];
  try {
    for (const [name, path] of PAGES) {
      const result = await lighthouse(`${root}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        // Lighthouse's defaults: a mid-range phone on simulated slow 4G.
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      if (scores.some((s) => s < 100)) failed = true;
      rows.push(`| ${name} | /${path} | ${scores.join(' | ')} |`);
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
          lost.push(
            `- ${name} / ${c}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
          );
        }
      }
    }
  } finally {
    chrome.kill();
  }
  console.log('| page | path | performance | accessibility | best practices | SEO |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(rows.join('\n'));
  console.log(
    lost.length ? `\nAudits that cost points:\n${lost.join('\n')}` : '\nNo audit cost a point.',
  );
} finally {
  if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
}
process.exit(failed ? 1 : 0);
