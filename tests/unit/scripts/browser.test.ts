import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser, NO_BROWSER, onPath, type FoundBrowser } from '../../../scripts/lib/browser';

const dir = mkdtempSync(join(tmpdir(), 'atlas-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, mode: number): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, mode);
  return path;
}

const explicit = file('my-chrome', 0o755);
const playwright = file('pw-chrome', 0o755);
const notExecutable = file('chromium-plain', 0o644);
const systemDir = mkdtempSync(join(dir, 'bin-'));
const system = join(systemDir, 'chromium');
writeFileSync(system, '#!/bin/sh\n');
chmodSync(system, 0o755);
const shipped: FoundBrowser = {
  executablePath: '/cache/chromium',
  source: '@sparticuz/chromium',
  env: { LD_LIBRARY_PATH: '/cache/al2023/lib' },
};
const nothing = {
  env: { PATH: '' },
  playwrightPath: () => undefined,
  systemNames: ['chromium'],
  unpackNpmChromium: async () => undefined,
};

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH before any other browser', async () => {
    const found = await findBrowser({
      ...nothing,
      env: { CHROMIUM_PATH: explicit, PATH: systemDir },
      playwrightPath: () => playwright,
    });
    expect(found).toEqual({ executablePath: explicit, source: 'CHROMIUM_PATH', env: {} });
  });

  it('refuses a CHROMIUM_PATH that is not executable, naming it in one line', async () => {
    const error = await findBrowser({ ...nothing, env: { CHROMIUM_PATH: notExecutable } }).catch(
      (e: Error) => e,
    );
    expect((error as Error).message).toContain(notExecutable);
    expect((error as Error).message).not.toContain('\n');
  });

  it("takes Playwright's own browser when its file exists, before a system one", async () => {
    const found = await findBrowser({
      ...nothing,
      env: { PATH: systemDir },
      playwrightPath: () => playwright,
    });
    expect(found.source).toBe('Playwright');
  });

  it('skips a Playwright path that was never downloaded and finds chromium on PATH', async () => {
    const found = await findBrowser({
      ...nothing,
      env: { PATH: systemDir },
      playwrightPath: () => join(dir, 'never-downloaded'),
    });
    expect(found).toEqual({ executablePath: system, source: 'system', env: {} });
  });

  it('falls back to the npm-shipped Chromium when the machine has none', async () => {
    const found = await findBrowser({ ...nothing, unpackNpmChromium: async () => shipped });
    expect(found).toBe(shipped);
  });

  it('says in one line how to get a browser when none can be had', async () => {
    const error = await findBrowser(nothing).catch((e: Error) => e);
    expect((error as Error).message).toBe(NO_BROWSER);
    expect(NO_BROWSER).not.toContain('\n');
    expect(NO_BROWSER).toContain('npx playwright install chromium');
  });
});

describe('onPath', () => {
  it('returns the first executable of that name along PATH, skipping plain files', () => {
    const plainDir = mkdtempSync(join(dir, 'plain-'));
    writeFileSync(join(plainDir, 'chromium'), '');
    expect(onPath('chromium', `${plainDir}:${systemDir}`)).toBe(system);
    expect(onPath('chromium', plainDir)).toBeUndefined();
  });
});
