import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CARD_SIZE, cardTree, type CardContent } from '../lib/share-image/card';
import {
  CHART_BACKGROUND,
  cardFontFiles,
  chartFontFiles,
  type ImageRenderer,
} from '../lib/share-image/render';
import type { ImageReply, ImageTask } from './image-worker';
import { renderCache } from './render-cache';

const require = createRequire(import.meta.url);

/** Part of every cache key: a new satori, resvg or PNG encoder must not reuse old images. */
export const RENDER_VERSION = [
  `satori@${(require('satori/package.json') as { version: string }).version}`,
  `resvg@${(require('@resvg/resvg-js/package.json') as { version: string }).version}`,
  'asPng',
].join(' ');

/** An image renderer on worker threads, which must be closed when the build is done. */
export interface ImagePool extends ImageRenderer {
  /** Stops the workers once their jobs are done; returns the cache's hits and misses. */
  close(): Promise<{ hits: number; misses: number }>;
}

/** Charts a worker draws per job: few enough that both workers get a share of a small build. */
const CHARTS_A_JOB = 4;

type Pending = { resolve: (pngs: Buffer[]) => void; reject: (e: Error) => void };

/**
 * Returns a pool of `size` worker threads (default: at most 2, one a core) that render share
 * cards and chart PNGs (image-worker.ts), reading and filling the render cache in `cacheDir`.
 * Each job goes to the worker with the fewest jobs; a job's result does not depend on which
 * worker drew it, so the output is the same for any pool size.
 */
export function startImagePool(
  cacheDir: string,
  size = Math.min(2, availableParallelism()),
): ImagePool {
  const fontFiles = cardFontFiles();
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./image-worker.ts', import.meta.url), {
      workerData: { fontFiles },
    });
    // An idle pool must not keep a failed build's process alive; a busy one must.
    worker.unref();
    return { worker, pending: new Map<number, Pending>() };
  });
  for (const w of workers) {
    w.worker.on('message', (reply: ImageReply) => {
      const job = w.pending.get(reply.id);
      w.pending.delete(reply.id);
      if (!w.pending.size) w.worker.unref();
      if ('error' in reply) job?.reject(new Error(`image worker: ${reply.error}`));
      else job?.resolve(reply.pngs.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength)));
    });
    w.worker.on('error', (err: Error) => {
      for (const job of w.pending.values()) job.reject(err);
      w.pending.clear();
    });
  }
  let next = 0;
  const post = (job: ImageTask): Promise<Buffer[]> => {
    const w = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = next++;
    return new Promise((resolve, reject) => {
      w.pending.set(id, { resolve, reject });
      w.worker.ref();
      w.worker.postMessage({ ...job, id });
    });
  };
  const cache = renderCache(cacheDir);
  // Subset fonts depend on the charts drawn, so they live only as long as the pool.
  const fontDir = join(cacheDir, `fonts-${process.pid}`);
  return {
    async card(content: CardContent) {
      const tree = cardTree(content);
      const key = JSON.stringify(tree);
      return cache.get(`card ${RENDER_VERSION}`, key, async () => {
        const [png] = await post({ kind: 'card', tree, size: CARD_SIZE });
        return png!;
      });
    },
    async charts(svgs: readonly string[], width: number) {
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
          post(task).then((pngs) => {
            for (const [k, i] of part.entries()) out[i] = cache.put(kind, svgs[i]!, pngs[k]!);
          }),
        );
      }
      await Promise.all(jobs);
      return out as Buffer[];
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
      rmSync(fontDir, { recursive: true, force: true });
      return cache.stats();
    },
  };
}
