import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fontconfigXml,
  notoSansJpDir,
  notoSansJpFiles,
  writeFontconfig,
} from '../../../scripts/lib/fonts';

const cache = mkdtempSync(join(tmpdir(), 'atlas-fonts-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('Noto Sans JP from npm', () => {
  it('ships nine weights as TTF files, Thin to Black', () => {
    const files = notoSansJpFiles().map((f) => basename(f));
    expect(files).toHaveLength(9);
    expect(files[0]).toBe('NotoSansJP_100Thin.ttf');
    expect(files).toContain('NotoSansJP_400Regular.ttf');
    expect(files[8]).toBe('NotoSansJP_900Black.ttf');
  });
});

describe('fontconfigXml', () => {
  it('keeps the system fonts, adds the font folder and caches inside the project', () => {
    const xml = fontconfigXml('/fonts/noto', '/cache/fc');
    expect(xml).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    expect(xml).toContain('<dir>/fonts/noto</dir>');
    expect(xml.indexOf('<cachedir>/cache/fc</cachedir>')).toBeLessThan(xml.indexOf('<include'));
  });

  it('escapes a folder name that XML would misread', () => {
    expect(fontconfigXml('/a&b/<x>', '/c')).toContain('<dir>/a&amp;b/&lt;x&gt;</dir>');
  });
});

describe('writeFontconfig', () => {
  it('writes the file once and returns the same path on the next call', () => {
    const file = writeFontconfig(cache);
    expect(readFileSync(file, 'utf8')).toContain(`<dir>${notoSansJpDir()}</dir>`);
    expect(writeFontconfig(cache)).toBe(file);
  });
});
