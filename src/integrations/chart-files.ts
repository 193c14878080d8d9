import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtSite } from './site-url';
import { chartCsv, readBuiltChart } from '../lib/share-image/chart-html';
import { chartImages } from '../lib/share-image/chart-images';
import { installRenderer } from '../lib/share-image/render';
import { installPageListener } from '../adapter/built-pages';
import { CHART_PNG_WIDTH, chartCss, earlyCharts, type EarlyCharts } from './early-charts';
import { startImagePool, type ImagePool } from './image-pool';

/**
 * Astro integration that writes, next to every built chart page /charts/<id>/, the files that
 * page offers: <id>.svg (the page's own wide SVG with its styles embedded), <id>.png (that
 * SVG rendered with Noto Sans JP), <id>.csv (the page's data table) and the share card
 * /og/charts/<id>.png. Working from the built HTML guarantees the files show what the page shows.
 * It also runs the build's image pool (image-pool.ts): started with the build and installed for
 * the share-card routes (src/pages/og/), so cards render on worker threads while pages render,
 * and stopped once the chart files are written. While pages render, each chart page's HTML is
 * handed over as it is rendered (early-charts.ts), so its PNG and card are drawn on the image
 * threads while the rest of the site renders; at the end they are used only if the built page
 * gives the very same SVG and card.
 */
export function chartFiles(): AstroIntegration {
  let site = 'http://localhost:4321/';
  let base = '/';
  let cacheDir = '';
  let pool: ImagePool | undefined;
  let early: EarlyCharts | undefined;
  const stop = async () => {
    installPageListener('chart-files', undefined);
    early?.flush();
    const stats = await pool?.close();
    early?.close();
    installRenderer(undefined);
    pool = undefined;
    early = undefined;
    return stats ?? { hits: 0, misses: 0 };
  };
  return {
    name: 'chart-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        ({ site, base } = builtSite(config));
        cacheDir = fileURLToPath(new URL('render-cache/', config.cacheDir));
      },
      'astro:build:start': () => {
        // While pages render, the charts begun early go to one image thread: it keeps busy the
        // core the page renderer leaves, where a second would take turns with the renderer.
        // Share cards, which pages wait for, use every thread.
        pool = startImagePool(cacheDir, undefined, 1);
        installRenderer(pool);
        early = earlyCharts(
          pool,
          chartCss(),
          new URL(site).host,
          base,
          join(cacheDir, `early-${process.pid}`),
        );
        installPageListener('chart-files', early.listener);
      },
      // Every page is rendered: the charts still waiting for a full batch are drawn now, on
      // every thread.
      'astro:build:generated': () => {
        installPageListener('chart-files', undefined);
        early?.flush();
        pool?.allowBackground(Math.min(2, availableParallelism()));
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const out = fileURLToPath(dir);
          const chartsDir = join(out, 'charts');
          installPageListener('chart-files', undefined);
          early?.flush();
          const count = pool && existsSync(chartsDir) ? await writeCharts(out, pool) : 0;
          const started = early?.started ?? 0;
          const { hits, misses } = await stop();
          logger.info(
            `${count} charts written as SVG, PNG, CSV and share card (${hits} images from the render cache, ${misses} rendered; ${started} charts begun while pages rendered)`,
          );
        } finally {
          await stop();
        }
      },
    },
  };

  async function writeCharts(out: string, images: ImagePool): Promise<number> {
    const chartsDir = join(out, 'charts');
    const css = chartCss();
    const cards = join(out, 'og', 'charts');
    mkdirSync(cards, { recursive: true });
    const host = new URL(site).host;
    const ids = readdirSync(chartsDir)
      .filter((id) => existsSync(join(chartsDir, id, 'index.html')))
      .sort();
    const svgs: string[] = [];
    const pngs: (Promise<Buffer> | undefined)[] = [];
    const cardJobs: Promise<void>[] = [];
    for (const id of ids) {
      const page = join(chartsDir, id, 'index.html');
      const chart = readBuiltChart(readFileSync(page, 'utf8'), id);
      if (!chart || !chart.svg) throw new Error(`chart-files: no chart ${id} in ${page}`);
      const { svg, card } = chartImages(chart, css, `${host}${base}charts/${id}/`);
      writeFileSync(join(chartsDir, id, `${id}.svg`), svg);
      writeFileSync(join(chartsDir, id, `${id}.csv`), chartCsv(chart));
      // Images begun while the pages rendered are used only if drawn from this very page.
      const begun = early?.take(id, svg, card);
      svgs.push(svg);
      pngs.push(begun?.png);
      const png = begun?.card ?? images.card(card);
      cardJobs.push(png.then((bytes) => writeFileSync(join(cards, `${id}.png`), bytes)));
    }
    const rest = pngs.flatMap((p, i) => (p ? [] : [i]));
    const drawn = await images.charts(
      rest.map((i) => svgs[i]!),
      CHART_PNG_WIDTH,
    );
    for (const [k, i] of rest.entries()) pngs[i] = Promise.resolve(drawn[k]!);
    for (const [i, id] of ids.entries())
      writeFileSync(join(chartsDir, id, `${id}.png`), await pngs[i]!);
    await Promise.all(cardJobs);
    return ids.length;
  }
}
