import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageListener } from '../adapter/built-pages';
import type { CardContent } from '../lib/share-image/card';
import { readBuiltChart } from '../lib/share-image/chart-html';
import { chartImages } from '../lib/share-image/chart-images';
import type { ImageRenderer } from '../lib/share-image/render';

/** Width of the PNG download in pixels: twice the wide layout's 640 px viewBox. */
export const CHART_PNG_WIDTH = 1280;

/** Charts drawn together: one font subset each, and few enough to start soon. */
const BATCH = 16;

/** Returns the chart rules every standalone SVG embeds (src/components/charts/chart.css). */
export function chartCss(): string {
  return readFileSync(new URL('../components/charts/chart.css', import.meta.url), 'utf8');
}

/** Chart images begun from pages as they rendered, to be claimed when the chart files are written. */
export interface EarlyCharts {
  /** Hears the chart pages /charts/<id>/ (not their embeds) as the build renders them. */
  listener: PageListener;
  /** Sends the charts still waiting for a full batch to the renderer. */
  flush(): void;
  /**
   * Returns the PNG and card begun for chart `id` if they were drawn from exactly `svg` and
   * `card`; anything else (a page that changed, a chart never heard) returns undefined.
   */
  take(
    id: string,
    svg: string,
    card: CardContent,
  ): { png: Promise<Buffer>; card: Promise<Buffer> } | undefined;
  /** How many charts were begun early. */
  readonly started: number;
  /** Deletes the images spilled to disk (see earlyCharts); nothing can be taken afterwards. */
  close(): void;
}

/** Where a begun image is: its bytes, or the file they were spilled to. */
type Held = Promise<Buffer | string>;

interface Begun {
  /** Digests, not the texts: 732 SVGs held to the end were tens of MB of heap at 10k. */
  svg: string;
  cardKey: string;
  png: Held;
  card: Held;
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64');

interface Waiting {
  svg: string;
  resolve: (png: Buffer) => void;
  reject: (error: unknown) => void;
}

/**
 * Returns a listener that, for each chart page the build renders, reads the chart back from the
 * page's HTML (as the chart files are at the end), starts its share card on `images` and queues
 * its PNG, drawn in batches of BATCH; both as background work, which yields to the share cards
 * the renderer waits for. Pages render on one thread, so this draws the chart images on the
 * other core while they do, instead of after every page is written.
 *
 * With `spillDir`, each finished image is written there and only its file name is kept until
 * it is taken: held in memory, the 1,464 chart PNGs and cards of a 10k build were about 170 MB
 * of the build's peak.
 */
export function earlyCharts(
  images: ImageRenderer,
  css: string,
  host: string,
  base: string,
  spillDir?: string,
): EarlyCharts {
  const begun = new Map<string, Begun>();
  let started = 0;
  let spilled = 0;
  if (spillDir) mkdirSync(spillDir, { recursive: true });
  const hold = (p: Promise<Buffer>): Held => {
    const held: Held = spillDir
      ? p.then((bytes) => {
          const file = join(spillDir, `${spilled++}.png`);
          writeFileSync(file, bytes);
          return file;
        })
      : p;
    // A failure surfaces where the chart files claim the image, not as an unhandled rejection.
    held.catch(() => undefined);
    return held;
  };
  const claim = (held: Held): Promise<Buffer> =>
    held.then((h) => (typeof h === 'string' ? readFileSync(h) : h));
  let queue: Waiting[] = [];
  const path = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}charts/([^/]+)/$`);
  const flush = () => {
    if (!queue.length) return;
    const batch = queue;
    queue = [];
    images
      .charts(
        batch.map((q) => q.svg),
        CHART_PNG_WIDTH,
        true,
      )
      .then(
        (pngs) => batch.forEach((q, i) => q.resolve(pngs[i]!)),
        (error: unknown) => batch.forEach((q) => q.reject(error)),
      );
  };
  return {
    listener: {
      wants: (pathname) => path.test(pathname),
      page(pathname, html) {
        const id = path.exec(pathname)?.[1];
        const chart = id ? readBuiltChart(html, id) : undefined;
        if (!id || !chart?.svg || begun.has(id)) return;
        const { svg, card } = chartImages(chart, css, `${host}${base}charts/${id}/`);
        const png = hold(
          new Promise<Buffer>((resolve, reject) => queue.push({ svg, resolve, reject })),
        );
        started++;
        begun.set(id, {
          svg: digest(svg),
          cardKey: digest(JSON.stringify(card)),
          png,
          card: hold(images.card(card, true)),
        });
        if (queue.length >= BATCH) flush();
      },
    },
    flush,
    take(id, svg, card) {
      const b = begun.get(id);
      begun.delete(id);
      if (!b || b.svg !== digest(svg) || b.cardKey !== digest(JSON.stringify(card))) return;
      return { png: claim(b.png), card: claim(b.card) };
    },
    get started() {
      return started;
    },
    close() {
      begun.clear();
      if (spillDir) rmSync(spillDir, { recursive: true, force: true });
    },
  };
}
