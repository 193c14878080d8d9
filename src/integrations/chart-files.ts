import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clip } from '../lib/share-image/card';
import { chartCsv, readBuiltChart } from '../lib/share-image/chart-html';
import { chartFigure } from '../lib/share-image/figures';
import { renderCard, svgToPng } from '../lib/share-image/render';
import { standaloneSvg } from '../lib/share-image/standalone-svg';
import { renderCache } from './render-cache';

/** Width of the PNG download in pixels: twice the wide layout's 640 px viewBox. */
export const CHART_PNG_WIDTH = 1280;

/**
 * Astro integration that writes, next to every built chart page /charts/<id>/, the files that
 * page offers: <id>.svg (the page's own wide SVG with its styles embedded), <id>.png (that
 * SVG rendered with Noto Sans JP), <id>.csv (the page's data table) and the share card
 * /og/charts/<id>.png. Working from the built HTML guarantees the files show what the page shows.
 */
export function chartFiles(): AstroIntegration {
  let site = 'http://localhost:4321/';
  let base = '/';
  let cacheDir = '';
  return {
    name: 'chart-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = fileURLToPath(new URL('render-cache/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const chartsDir = join(out, 'charts');
        if (!existsSync(chartsDir)) return;
        const css = readFileSync(
          new URL('../components/charts/chart.css', import.meta.url),
          'utf8',
        );
        const cards = join(out, 'og', 'charts');
        mkdirSync(cards, { recursive: true });
        const host = new URL(site).host;
        let count = 0;
        const cache = renderCache(cacheDir);
        for (const id of readdirSync(chartsDir)) {
          const page = join(chartsDir, id, 'index.html');
          if (!existsSync(page)) continue;
          const chart = readBuiltChart(readFileSync(page, 'utf8'), id);
          if (!chart || !chart.svg) throw new Error(`chart-files: no chart ${id} in ${page}`);
          const svg = standaloneSvg(chart.svg, css);
          writeFileSync(join(chartsDir, id, `${id}.svg`), svg);
          const png = await cache.get(`png${CHART_PNG_WIDTH}`, svg, () =>
            svgToPng(svg, CHART_PNG_WIDTH),
          );
          writeFileSync(join(chartsDir, id, `${id}.png`), png);
          writeFileSync(join(chartsDir, id, `${id}.csv`), chartCsv(chart));
          const content = {
            kind: '図表',
            title: chart.title,
            figure: chartFigure(chart.summary),
            note: clip(chart.summary, 48),
            address: `${host}${base}charts/${id}/`,
          };
          const card = await cache.get('card', JSON.stringify(content), () => renderCard(content));
          writeFileSync(join(cards, `${id}.png`), card);
          count++;
        }
        const { hits, misses } = cache.stats();
        logger.info(
          `${count} charts written as SVG, PNG, CSV and share card (${hits} images from the render cache, ${misses} rendered)`,
        );
      },
    },
  };
}
