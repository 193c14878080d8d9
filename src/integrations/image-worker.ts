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

async function run(job: ImageJob): Promise<Buffer[]> {
  if (job.kind === 'card') return [await rasterCard(job.tree, job.size, fonts)];
  return job.svgs.map((svg) => rasterChart(svg, job.width, job.background, job.fontFiles));
}

parentPort?.on('message', (job: ImageJob) => {
  run(job).then(
    // Copied, not transferred: resvg's buffers live outside the JS heap.
    (pngs) => parentPort?.postMessage({ id: job.id, pngs } satisfies ImageReply),
    (err: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
      } satisfies ImageReply),
  );
});
