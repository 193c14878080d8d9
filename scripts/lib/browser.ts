import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Finds a Chromium for the browser tests without root: CHROMIUM_PATH, then Playwright's own
 * download, then a system Chromium or Chrome on PATH, then the Chromium that the
 * @sparticuz/chromium package ships (unpacked once into node_modules/.cache). A machine with
 * none of these gets one line saying how to get one.
 */

/** Which rung of the search found the browser. */
export type BrowserSource = 'CHROMIUM_PATH' | 'Playwright' | 'system' | '@sparticuz/chromium';

/** A Chromium to launch: its executable, where it came from and the environment it needs. */
export interface FoundBrowser {
  executablePath: string;
  source: BrowserSource;
  /** Variables to add to the browser's environment (shared libraries of the npm-shipped build). */
  env: Record<string, string>;
}

/** What findBrowser looks at; tests replace these, the defaults look at the real machine. */
export interface BrowserProbes {
  env: Record<string, string | undefined>;
  /** The executable Playwright would download to, whether or not it is there. */
  playwrightPath: () => string | undefined;
  /** Executable names looked up on PATH, in order. */
  systemNames: string[];
  /** Unpacks the npm-shipped Chromium, or resolves undefined when this platform has none. */
  unpackNpmChromium: () => Promise<FoundBrowser | undefined>;
}

/** The one line printed when no browser can be had. */
export const NO_BROWSER =
  'No Chromium found (looked at CHROMIUM_PATH, Playwright browsers, chromium/google-chrome on PATH, @sparticuz/chromium): run `npx playwright install chromium` or set CHROMIUM_PATH=/path/to/chromium.';

const require = createRequire(import.meta.url);

/** Project-local cache for unpacked browsers and font indexes; `npm install` keeps it. */
export const CACHE_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/atlas/', import.meta.url),
);

/**
 * Returns the first usable Chromium in the documented order; throws an Error whose message is
 * one line when CHROMIUM_PATH names no executable or when no browser can be had.
 */
export async function findBrowser(probes: Partial<BrowserProbes> = {}): Promise<FoundBrowser> {
  const env = probes.env ?? process.env;
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (isExecutable(explicit))
      return { executablePath: explicit, source: 'CHROMIUM_PATH', env: {} };
    throw new Error(
      `CHROMIUM_PATH=${explicit} is not an executable file; unset it or fix the path.`,
    );
  }
  const own = (probes.playwrightPath ?? playwrightPath)();
  if (own && isExecutable(own)) return { executablePath: own, source: 'Playwright', env: {} };
  for (const name of probes.systemNames ?? ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = onPath(name, env.PATH ?? '');
    if (found) return { executablePath: found, source: 'system', env: {} };
  }
  const shipped = await (probes.unpackNpmChromium ?? unpackNpmChromium)();
  if (shipped) return shipped;
  throw new Error(NO_BROWSER);
}

/** Returns the first executable file called `name` in the PATH-style list `path`, if any. */
export function onPath(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function playwrightPath(): string | undefined {
  try {
    const { chromium } = require('@playwright/test') as { chromium: { executablePath(): string } };
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * Unpacks @sparticuz/chromium's brotli archives (the browser and the NSS libraries it links
 * against, which a machine without a system Chromium may lack) into CACHE_DIR once per version.
 */
async function unpackNpmChromium(): Promise<FoundBrowser | undefined> {
  // The package ships an x86-64 Linux build only.
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  const root = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const dir = join(CACHE_DIR, `chromium-${version}`);
  const found = (d: string): FoundBrowser => ({
    executablePath: join(d, 'chromium'),
    source: '@sparticuz/chromium',
    env: {
      LD_LIBRARY_PATH: [join(d, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH]
        .filter(Boolean)
        .join(delimiter),
    },
  });
  if (existsSync(join(dir, 'chromium'))) return found(dir);

  const { default: chromium, inflate } = await import('@sparticuz/chromium');
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  // The package unpacks into os.tmpdir(), read synchronously when each call starts; pointing
  // TMPDIR at a private folder for those calls keeps a shared /tmp/chromium out of the way.
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = partial;
  let pending: Promise<unknown>;
  try {
    const bin = join(root, 'bin');
    pending = Promise.all([chromium.executablePath(bin), inflate(join(bin, 'al2023.tar.br'))]);
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  await pending;
  try {
    renameSync(partial, dir);
  } catch {
    // Another process finished first; its copy is identical.
    rmSync(partial, { recursive: true, force: true });
  }
  return found(dir);
}
