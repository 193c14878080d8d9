import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { CARD_SIZE, cardTree, type CardContent } from '../lib/share-image/card';
import {
  CHART_BACKGROUND,
  cardFontFiles,
  chartFontFiles,
  type ImageRenderer,
} from '../lib/share-image/render';
import type { ImageTask } from './image-worker';
import { renderCache } from './render-cache';
import { workerPool } from './worker-pool';

const require = createRequire(import.meta.url);

/** Part of every cache key: a new satori, resvg or PNG encoder must not reuse old images. */
export const RENDER_VERSION = [
  `satori@${(require('satori/package.json') as { version: string }).version}`,
  `resvg@${(require('@resvg/resvg-js/package.json') as { version: string }).version}`,
  'asPng',
].join(' ');

/** An image renderer on worker threads, which must be closed when the build is done. */
export interface ImagePool extends ImageRenderer {
  /** Lets `count` threads draw background images (see startImagePool). */
  allowBackground(count: number): void;
  /** Stops the workers (await every image first); returns the cache's hits and misses. */
  close(): Promise<{ hits: number; misses: number }>;
}

/** Charts a worker draws per job: few enough that both workers get a share of a small build. */
const CHARTS_A_JOB = 4;

/**
 * Returns a pool of `size` worker threads (default: at most 2, one a core) that render share
 * cards and chart PNGs (image-worker.ts via worker-pool.ts), reading and filling the render
 * cache in `cacheDir`. Images asked for in the background (charts begun early) go only to the
 * first `backgroundThreads` threads until allowBackground raises it. A job's result does not
 * depend on which thread drew it, so the output is the same for any pool size.
 */
export function startImagePool(
  cacheDir: string,
  size = Math.min(2, availableParallelism()),
  backgroundThreads = size,
): ImagePool {
  const threads = workerPool({ fontFiles: cardFontFiles() }, { size, backgroundThreads });
  const post = (task: ImageTask, later = false) =>
    threads.run(task, task.kind === 'card' ? 1 : task.svgs.length, later);
  const cache = renderCache(cacheDir);
  // Subset fonts depend on the charts drawn, so they live only as long as the pool.
  const fontDir = join(cacheDir, `fonts-${process.pid}`);
  return {
    async card(content: CardContent, later = false) {
      const tree = cardTree(content);
      const key = JSON.stringify(tree);
      return cache.get(`card ${RENDER_VERSION}`, key, async () => {
        const [png] = await post({ kind: 'card', tree, size: CARD_SIZE }, later);
        return png!;
      });
    },
    async charts(svgs: readonly string[], width: number, later = false) {
      const kind = `png${width} ${RENDER_VERSION}`;
      const out: (Buffer | undefined)[] = svgs.map((svg) => cache.peek(kind, svg));
      const missing = svgs.flatMap((_, i) => (out[i] ? [] : [i]));
      if (!missing.length) return out as Buffer[];
      // One font subset for all the charts drawn now; jobs of a few charts spread the work.
      const files = chartFontFiles(missing.map((i) => svgs[i]).join(''), fontDir);
      const jobs = [];
      for (let at = 0; at < missing.length; at += CHARTS_A_JOB) {
        const part = missing.slice(at, at + CHARTS_A_JOB);
        const task: ImageTask = {
          kind: 'charts',
          svgs: part.map((i) => svgs[i]!),
          width,
          background: CHART_BACKGROUND,
          fontFiles: files,
        };
        jobs.push(
          post(task, later).then((pngs) => {
            for (const [k, i] of part.entries()) out[i] = cache.put(kind, svgs[i]!, pngs[k]!);
          }),
        );
      }
      await Promise.all(jobs);
      return out as Buffer[];
    },
    allowBackground: (n: number) => threads.allowBackground(n),
    async close() {
      await threads.close();
      rmSync(fontDir, { recursive: true, force: true });
      return cache.stats();
    },
  };
}
