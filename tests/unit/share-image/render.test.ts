import { describe, expect, it } from 'vitest';
import { renderCard, svgToPng } from '../../../src/lib/share-image/render';
import { VERDICT_MARKS } from '../../../src/lib/verdicts';

const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('rendering', () => {
  it('renderCard draws a 1200×630 PNG whose Japanese title changes the pixels', async () => {
    const a = await renderCard({ kind: '記事', title: '評価額', address: 'e.org/' });
    const b = await renderCard({ kind: '記事', title: '設備投資', address: 'e.org/' });
    expect(a.subarray(1, 4).toString()).toBe('PNG');
    expect(size(a)).toEqual([1200, 630]);
    expect(a.equals(b)).toBe(false);
  }, 30_000);

  it('svgToPng draws Japanese text with the shipped font, not as nothing', () => {
    const svg = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50"><text x="10" y="35" font-size="24">${text}</text></svg>`;
    const blank = svgToPng(svg(''), 400);
    const ja = svgToPng(svg('億ドル'), 400);
    expect(size(ja)).toEqual([400, 100]);
    expect(ja.length).toBeGreaterThan(blank.length + 200);
  }, 30_000);

  it('draws every verdict mark with the shipped font, not as the missing-glyph box', () => {
    const svg = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 50 50"><text x="10" y="35" font-size="30">${text}</text></svg>`;
    // Two characters Noto Sans JP lacks (✕ and ↻) both draw its missing-glyph box.
    const missing = svgToPng(svg('\u2715'), 100);
    expect(svgToPng(svg('\u21bb'), 100).equals(missing)).toBe(true);
    for (const mark of Object.values(VERDICT_MARKS)) {
      expect(svgToPng(svg(mark), 100).equals(missing), `${mark} is in the font`).toBe(false);
    }
  }, 30_000);
});
