import { defineConfig, devices } from '@playwright/test';
import { CACHE_DIR, findBrowser, type FoundBrowser } from './scripts/lib/browser';
import { writeFontconfig } from './scripts/lib/fonts';

const port = Number(process.env.E2E_PORT ?? 4322);
const base = process.env.BASE_PATH ?? '/';

let browser: FoundBrowser;
try {
  browser = await findBrowser();
} catch (error) {
  // One line, no stack: the message says how to get a browser.
  console.error((error as Error).message);
  process.exit(1);
}
// Workers load this file too; the main process alone says which browser runs.
if (process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`Chromium: ${browser.executablePath} (${browser.source})`);
}

/** Browser tests run against the production build served by `astro preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${port}${base.endsWith('/') ? base : `${base}/`}`,
    timezoneId: 'Asia/Tokyo',
    locale: 'ja-JP',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: browser.executablePath,
          // Noto Sans JP from npm joins the system fonts, so pages draw Japanese on any machine.
          env: {
            ...process.env,
            ...browser.env,
            FONTCONFIG_FILE: writeFontconfig(CACHE_DIR),
          },
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --port ${port} --ignore-lock`,
    url: `http://localhost:${port}${base.endsWith('/') ? base : `${base}/`}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
