import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/*
 * Japanese glyphs without system fonts: Noto Sans JP ships as TTF files in an npm package, and a
 * generated fontconfig file adds them to whatever fonts the machine has, so a browser or an image
 * renderer on a machine without fonts-noto-cjk still draws 日本語 rather than empty boxes.
 */

const require = createRequire(import.meta.url);

/** Returns the folder of the `@expo-google-fonts/noto-sans-jp` package (one sub-folder per weight). */
export function notoSansJpDir(): string {
  return dirname(require.resolve('@expo-google-fonts/noto-sans-jp/package.json'));
}

/** Returns the absolute paths of every Noto Sans JP TTF file, lightest weight first. */
export function notoSansJpFiles(): string[] {
  const root = notoSansJpDir();
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{3}/.test(e.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      readdirSync(join(root, e.name))
        .filter((f) => f.endsWith('.ttf'))
        .map((f) => join(root, e.name, f)),
    );
}

/** Returns the fontconfig document: the system configuration if any, plus the Noto Sans JP folder. */
export function fontconfigXml(fontDir: string, cacheDir: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    // First writable cachedir wins: keep the scan cache inside the project, not in $HOME.
    `  <cachedir>${escapeXml(cacheDir)}</cachedir>`,
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${escapeXml(fontDir)}</dir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

/**
 * Writes a fontconfig file under `cacheDir` that adds Noto Sans JP to the system fonts and
 * returns its path, to be passed to a browser as `FONTCONFIG_FILE`.
 */
export function writeFontconfig(cacheDir: string): string {
  mkdirSync(join(cacheDir, 'fontconfig'), { recursive: true });
  const file = join(cacheDir, 'fonts.conf');
  const xml = fontconfigXml(notoSansJpDir(), join(cacheDir, 'fontconfig'));
  if (existsSync(file) && readFileSync(file, 'utf8') === xml) return file;
  // Test workers start together: a rename never lets one read another's half-written file.
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, xml);
  renameSync(partial, file);
  return file;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
