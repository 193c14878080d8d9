import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clip } from '../lib/share-image/card';
import { chartCsv, readBuiltChart } from '../lib/share-image/chart-html';
import { chartFigure } from '../lib/share-image/figures';
import { installRenderer } from '../lib/share-image/render';
import { standaloneSvg } from '../lib/share-image/standalone-svg';
import { startImagePool, type ImagePool } from './image-pool';

/** Width of the PNG download in pixels: twice the wide layout's 640 px viewBox. */
export const CHART_PNG_WIDTH = 1280;

/**
 * Astro integration that writes, next to every built chart page /charts/<id>/, the files that
 * page offers: <id>.svg (the page's own wide SVG with its styles embedded), <id>.png (that
 * SVG rendered with Noto Sans JP), <id>.csv (the page's data table) and the share card
 * /og/charts/<id>.png. Working from the built HTML guarantees the files show what the page shows.
 * It also runs the build's image pool (image-pool.ts): started with the build and installed for
 * the share-card routes (src/pages/og/), so cards render on worker threads while pages render,
 * and stopped once the chart files are written.
 */
export function chartFiles(): AstroIntegration {
  let site = 'http://localhost:4321/';
  let base = '/';
  let cacheDir = '';
  let pool: ImagePool | undefined;
  const stop = async () => {
    const stats = await pool?.close();
    installRenderer(undefined);
    pool = undefined;
    return stats ?? { hits: 0, misses: 0 };
  };
  return {
    name: 'chart-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = fileURLToPath(new URL('render-cache/', config.cacheDir));
      },
      'astro:build:start': () => {
        pool = startImagePool(cacheDir);
        installRenderer(pool);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const out = fileURLToPath(dir);
          const chartsDir = join(out, 'charts');
          const count = pool && existsSync(chartsDir) ? await writeCharts(out, pool) : 0;
          const { hits, misses } = await stop();
          logger.info(
            `${count} charts written as SVG, PNG, CSV and share card (${hits} images from the render cache, ${misses} rendered)`,
          );
        } finally {
          await stop();
        }
      },
    },
  };

  async function writeCharts(out: string, images: ImagePool): Promise<number> {
    const chartsDir = join(out, 'charts');
    const css = readFileSync(new URL('../components/charts/chart.css', import.meta.url), 'utf8');
    const cards = join(out, 'og', 'charts');
    mkdirSync(cards, { recursive: true });
    const host = new URL(site).host;
    const ids = readdirSync(chartsDir)
      .filter((id) => existsSync(join(chartsDir, id, 'index.html')))
      .sort();
    const svgs: string[] = [];
    const cardJobs: Promise<void>[] = [];
    for (const id of ids) {
      const page = join(chartsDir, id, 'index.html');
      const chart = readBuiltChart(readFileSync(page, 'utf8'), id);
      if (!chart || !chart.svg) throw new Error(`chart-files: no chart ${id} in ${page}`);
      const svg = standaloneSvg(chart.svg, css);
      svgs.push(svg);
      writeFileSync(join(chartsDir, id, `${id}.svg`), svg);
      writeFileSync(join(chartsDir, id, `${id}.csv`), chartCsv(chart));
      const content = {
        kind: '図表',
        title: chart.title,
        figure: chartFigure(chart.summary),
        note: clip(chart.summary, 48),
        address: `${host}${base}charts/${id}/`,
      };
      cardJobs.push(
        images.card(content).then((png) => writeFileSync(join(cards, `${id}.png`), png)),
      );
    }
    const pngs = await images.charts(svgs, CHART_PNG_WIDTH);
    for (const [i, id] of ids.entries()) writeFileSync(join(chartsDir, id, `${id}.png`), pngs[i]!);
    await Promise.all(cardJobs);
    return ids.length;
  }
}
