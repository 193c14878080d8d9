import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startImagePool } from '../../../src/integrations/image-pool';
import { workerPool } from '../../../src/integrations/worker-pool';
import {
  cardFontFiles,
  imageRenderer,
  inlineRenderer,
  installRenderer,
  renderCard,
  svgToPng,
} from '../../../src/lib/share-image/render';

const chart = (text: string, h: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="${h}" viewBox="0 0 200 ${h}">` +
  `<rect width="100%" height="100%" fill="#eee"/><text x="10" y="30" font-size="16">${text}</text></svg>`;
const svgs = [chart('評価額', 50), chart('設備投資 3500億ドル', 61.5), chart('兆円', 40)];
const content = { kind: '記事', title: '評価額の推移', address: 'example.org/articles/x/' };
const cacheDir = mkdtempSync(join(tmpdir(), 'pool-'));
const pool = startImagePool(cacheDir, 2);
afterAll(() => pool.close());

describe('the image pool', () => {
  it('draws the same cards and chart PNGs as rendering in this thread', async () => {
    const [card, pngs] = await Promise.all([pool.card(content), pool.charts(svgs, 400)]);
    expect(card.equals(await renderCard(content))).toBe(true);
    expect(pngs).toHaveLength(3);
    for (const [i, svg] of svgs.entries()) expect(pngs[i]!.equals(svgToPng(svg, 400))).toBe(true);
    const inline = await inlineRenderer.charts(svgs, 400);
    expect(inline.map((p) => p.toString('base64'))).toEqual(pngs.map((p) => p.toString('base64')));
  }, 60_000);

  it('serves a second request for the same image from the render cache', async () => {
    const files = readdirSync(cacheDir).filter((f) => f.endsWith('.bin')).length;
    const again = await pool.charts(svgs, 400);
    expect(again[1]!.equals(svgToPng(svgs[1]!, 400))).toBe(true);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.bin'))).toHaveLength(files);
  }, 60_000);

  it('is what imageRenderer() returns while installed, and the in-thread renderer otherwise', () => {
    installRenderer(pool);
    expect(imageRenderer()).toBe(pool);
    installRenderer(undefined);
    expect(imageRenderer()).toBe(inlineRenderer);
  });
});

describe('workerPool', () => {
  it('replaces worn-out threads without losing or reordering a job', async () => {
    const threads = workerPool({ fontFiles: cardFontFiles() }, { size: 2, recycleAfter: 2 });
    const texts = ['評価額', '設備投資', '兆円', '億ドル', '売上高'];
    const pngs = await Promise.all(
      texts.map((t) =>
        threads.run({
          kind: 'charts',
          svgs: [chart(t, 50)],
          width: 200,
          background: '#fdfcf9',
          fontFiles: cardFontFiles(),
        }),
      ),
    );
    await threads.close();
    for (const [i, t] of texts.entries())
      expect(pngs[i]![0]!.equals(svgToPng(chart(t, 50), 200))).toBe(true);
    await expect(
      threads.run({ kind: 'card', tree: {}, size: { width: 1, height: 1 } }),
    ).rejects.toThrow('closed');
  }, 60_000);

  it('frees each image as it goes: a thread that is never replaced does not grow by its pixels', async () => {
    // 1280 x 700 pixels, 3.6 MB each; shapes only, so no font is read.
    const big = (i: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="350" viewBox="0 0 640 350">` +
      `<rect width="100%" height="100%" fill="#eee"/><rect x="${i}" y="10" width="300" height="200" fill="#369"/></svg>`;
    const threads = workerPool({ fontFiles: cardFontFiles() }, { size: 1 });
    const draw = (from: number, count: number) =>
      Promise.all(
        Array.from({ length: count / 4 }, (_, j) =>
          threads.run(
            {
              kind: 'charts',
              svgs: [0, 1, 2, 3].map((k) => big(from + j * 4 + k)),
              width: 1280,
              background: '#fdfcf9',
              fontFiles: [],
            },
            4,
          ),
        ),
      );
    try {
      await draw(0, 8);
      const before = process.memoryUsage().rss;
      // Queued all at once, so the thread always has the next job waiting, as in a build.
      await draw(100, 48);
      const grown = process.memoryUsage().rss - before;
      // Kept until the thread ended, 48 images were 170 MB more.
      expect(grown).toBeLessThan(60 * 1024 * 1024);
    } finally {
      await threads.close();
    }
  }, 60_000);
});
