import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { earlyCharts } from '../../../src/integrations/early-charts';
import type { CardContent } from '../../../src/lib/share-image/card';
import { readBuiltChart } from '../../../src/lib/share-image/chart-html';
import { chartImages } from '../../../src/lib/share-image/chart-images';
import type { ImageRenderer } from '../../../src/lib/share-image/render';

const CSS = '.chart { --ink: #111; } .chart-svg text { fill: var(--ink); }';

/** A chart page as ChartFrame writes it. */
const page = (id: string, label: string) =>
  `<html><body><figure class="chart" id="${id}"><figcaption><p class="chart-title" id="${id}-title">${label}の図</p>` +
  `<p class="chart-summary" id="${id}-summary">最大は${label}の100億ドル。</p></figcaption>` +
  `<div class="chart-wide"><svg class="chart-svg" viewBox="0 0 640 100"><text x="1" y="2">${label}</text></svg></div>` +
  `<div class="chart-narrow"><svg class="chart-svg"></svg></div></figure></body></html>`;

/** A renderer that records what it was asked and answers with bytes naming the input. */
function recorder() {
  const asked: { kind: string; count: number; background: boolean | undefined }[] = [];
  const images: ImageRenderer = {
    card: (content: CardContent, background?: boolean) => {
      asked.push({ kind: 'card', count: 1, background });
      return Promise.resolve(Buffer.from(`card:${content.title}`));
    },
    charts: (svgs, _width, background) => {
      asked.push({ kind: 'charts', count: svgs.length, background });
      return Promise.resolve(svgs.map((s) => Buffer.from(`png:${s.length}`)));
    },
  };
  return { asked, images };
}

const built = (id: string, label: string) =>
  chartImages(readBuiltChart(page(id, label), id)!, CSS, `atlas.example/charts/${id}/`);

describe('earlyCharts', () => {
  it('hears chart pages only, not their embeds or other pages', () => {
    const { listener } = earlyCharts(recorder().images, CSS, 'atlas.example', '/');
    expect(listener.wants('/charts/chart-a/')).toBe(true);
    expect(listener.wants('/charts/chart-a/embed/')).toBe(false);
    expect(listener.wants('/companies/a/')).toBe(false);
    const based = earlyCharts(recorder().images, CSS, 'atlas.example', '/atlas/').listener;
    expect(based.wants('/atlas/charts/chart-a/')).toBe(true);
    expect(based.wants('/charts/chart-a/')).toBe(false);
  });

  it('begins each heard chart as background work and hands it over when the built page matches', async () => {
    const { asked, images } = recorder();
    const early = earlyCharts(images, CSS, 'atlas.example', '/');
    early.listener.page('/charts/chart-a/', page('chart-a', 'A'));
    expect(asked).toEqual([{ kind: 'card', count: 1, background: true }]);
    early.flush();
    expect(asked.at(-1)).toEqual({ kind: 'charts', count: 1, background: true });
    const { svg, card } = built('chart-a', 'A');
    const begun = early.take('chart-a', svg, card)!;
    expect((await begun.card).toString()).toBe('card:Aの図');
    expect((await begun.png).toString()).toBe(`png:${svg.length}`);
    expect(early.started).toBe(1);
    // Taken once: a second claim finds nothing.
    expect(early.take('chart-a', svg, card)).toBeUndefined();
  });

  it('hands over nothing when the built page draws another SVG or card than the one heard', () => {
    const early = earlyCharts(recorder().images, CSS, 'atlas.example', '/');
    early.listener.page('/charts/chart-a/', page('chart-a', 'A'));
    early.listener.page('/charts/chart-b/', page('chart-b', 'B'));
    const changed = built('chart-a', 'A2');
    expect(early.take('chart-a', changed.svg, changed.card)).toBeUndefined();
    const same = built('chart-b', 'B');
    expect(early.take('chart-b', same.svg, { ...same.card, note: 'other' })).toBeUndefined();
    expect(early.take('chart-c', same.svg, same.card)).toBeUndefined();
  });

  it('draws PNGs in batches of sixteen as pages arrive, and the rest on flush', () => {
    const { asked, images } = recorder();
    const early = earlyCharts(images, CSS, 'atlas.example', '/');
    for (let i = 0; i < 20; i++) early.listener.page(`/charts/c${i}/`, page(`c${i}`, `L${i}`));
    expect(asked.filter((a) => a.kind === 'charts').map((a) => a.count)).toEqual([16]);
    early.flush();
    expect(asked.filter((a) => a.kind === 'charts').map((a) => a.count)).toEqual([16, 4]);
  });

  it('keeps finished images on disk, not in memory, when given a spill folder, and deletes them on close', async () => {
    const root = mkdtempSync(join(tmpdir(), 'early-charts-'));
    try {
      const spill = join(root, 'spill');
      const early = earlyCharts(recorder().images, CSS, 'atlas.example', '/', spill);
      early.listener.page('/charts/chart-a/', page('chart-a', 'A'));
      early.flush();
      // Two microtask turns: the renderer's answer, then the spill.
      await new Promise((resolve) => setImmediate(resolve));
      expect(readdirSync(spill).sort()).toEqual(['0.png', '1.png']);
      const { svg, card } = built('chart-a', 'A');
      const begun = early.take('chart-a', svg, card)!;
      expect((await begun.card).toString()).toBe('card:Aの図');
      expect((await begun.png).toString()).toBe(`png:${svg.length}`);
      early.close();
      expect(existsSync(spill)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
