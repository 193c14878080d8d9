import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmapOf, subsetFont } from '../../../src/lib/share-image/font-subset';
import { rasterChart } from '../../../src/lib/share-image/raster';
import { cardFontFiles, chartFontFiles, fontCacheDir } from '../../../src/lib/share-image/render';

const files = cardFontFiles();
const fonts = files.map((f) => readFileSync(f));
const chart = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="80" viewBox="0 0 320 80">` +
  `<text x="8" y="30" font-size="20">${text}</text>` +
  `<text x="8" y="64" font-size="18" font-weight="700" text-anchor="start">${text} Series G</text></svg>`;

describe('subsetFont', () => {
  it('draws the characters it was cut for exactly as the whole font does', () => {
    const svg = chart('評価額3500億ドル（2026年）・fi ff');
    const dir = mkdtempSync(join(tmpdir(), 'subset-'));
    const cut = fonts.map((f, i) => {
      const out = join(dir, `${i}.ttf`);
      writeFileSync(out, subsetFont(f, svg));
      return out;
    });
    const whole = rasterChart(svg, 640, '#fdfcf9', files);
    expect(rasterChart(svg, 640, '#fdfcf9', cut).equals(whole)).toBe(true);
  }, 60_000);

  it('drops the outlines of the characters it was not cut for, keeping the font small', () => {
    const cut = subsetFont(fonts[0]!, '億ドル');
    expect(cut.length).toBeLessThan(fonts[0]!.length / 4);
    const dir = mkdtempSync(join(tmpdir(), 'subset-'));
    writeFileSync(join(dir, 'r.ttf'), cut);
    writeFileSync(join(dir, 'b.ttf'), subsetFont(fonts[1]!, '億ドル'));
    const cutFiles = [join(dir, 'r.ttf'), join(dir, 'b.ttf')];
    const other = chart('設備投資');
    expect(
      rasterChart(other, 640, '#fdfcf9', cutFiles).equals(
        rasterChart(other, 640, '#fdfcf9', files),
      ),
    ).toBe(false);
  }, 60_000);

  it('keeps every glyph id and its character mapping', () => {
    const read = (font: Buffer) => {
      for (let i = 0; i < font.readUInt16BE(4); i++) {
        const at = 12 + 16 * i;
        if (font.toString('latin1', at, at + 4) === 'cmap') {
          const o = font.readUInt32BE(at + 8);
          return cmapOf(font.subarray(o, o + font.readUInt32BE(at + 12)));
        }
      }
      throw new Error('no cmap');
    };
    const whole = read(fonts[0]!);
    const cut = read(subsetFont(fonts[0]!, '億'));
    expect(whole.get('億'.codePointAt(0)!)).toBeGreaterThan(0);
    expect(cut).toEqual(whole);
  });
});

describe('chartFontFiles', () => {
  it('writes one pair of files per set of characters, whatever their order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
    const a = chartFontFiles('億ドル', dir);
    expect(chartFontFiles('ル億ドル億', dir)).toEqual(a);
    expect(chartFontFiles('兆円', dir)).not.toEqual(a);
    expect(a).toHaveLength(2);
  }, 30_000);

  it('keeps the files in the checkout’s own node_modules cache, not in a folder other users share', () => {
    const nodeModules = files[0]!.slice(0, files[0]!.lastIndexOf('/node_modules/') + 13);
    expect(fontCacheDir()).toBe(join(nodeModules, '.cache', 'atlas-fonts'));
    expect(chartFontFiles('億ドル')[0]!.startsWith(fontCacheDir())).toBe(true);
  }, 30_000);
});
