import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { rasterCard, rasterChart, readCardFonts } from '../lib/share-image/raster.ts';

/*
 * One thread of the image pool (image-pool.ts). Node runs this file as TypeScript itself (no
 * bundler), so it imports with explicit .ts extensions and only raster.ts and node: modules.
 */

/** What the pool asks for: a card tree to draw, or chart SVGs to draw with the given fonts. */
export type ImageTask =
  | { kind: 'card'; tree: unknown; size: { width: number; height: number } }
  | { kind: 'charts'; svgs: string[]; width: number; background: string; fontFiles: string[] };

/** A task as posted, numbered so the reply can be matched to it. */
export type ImageJob = ImageTask & { id: number };

/** What the worker posts back for a job: its PNGs in order, or why it failed. */
export type ImageReply = { id: number; pngs: Uint8Array[] } | { id: number; error: string };

const { fontFiles } = workerData as { fontFiles: string[] };
// Satori parses its fonts in JavaScript: once a worker, not once a card.
const fonts = readCardFonts(fontFiles);

/*
 * resvg's pixels (3-5 MB an image) live outside the JavaScript heap. They are freed when the
 * garbage collector has found the small objects that own them dead and, after that, the thread
 * reaches the check phase of its event loop, where Node runs native finalisers. Neither
 * happened by itself: this thread's heap grows too little for V8 to collect, and with the next
 * job always waiting the thread went from message to message without reaching that phase, so
 * every image's pixels stayed until the thread ended (3.4 MB more per chart, measured with
 * process.memoryUsage in the thread). So each job is followed by a minor collection, which
 * finds those objects while they are young (well under a millisecond on this heap), and by a
 * turn of the event loop. `--expose-gc` set here reaches only contexts created after it: the
 * one made below.
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (options: { type: 'minor' }) => void;

async function run(job: ImageJob): Promise<Buffer[]> {
  if (job.kind === 'card') return [await rasterCard(job.tree, job.size, fonts)];
  return job.svgs.map((svg) => rasterChart(svg, job.width, job.background, job.fontFiles));
}

const jobs: ImageJob[] = [];
let working = false;

async function work(): Promise<void> {
  working = true;
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    try {
      // Copied, not transferred: resvg's buffers live outside the JS heap.
      const pngs = await run(job);
      parentPort?.postMessage({ id: job.id, pngs } satisfies ImageReply);
    } catch (err) {
      parentPort?.postMessage({
        id: job.id,
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
      } satisfies ImageReply);
    }
    collect({ type: 'minor' });
    await new Promise((resolve) => setImmediate(resolve));
  }
  working = false;
}

parentPort?.on('message', (job: ImageJob) => {
  jobs.push(job);
  if (!working) void work();
});
