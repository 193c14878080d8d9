import { Worker } from 'node:worker_threads';
import type { ImageReply, ImageTask } from './image-worker';

/** How the threads of a worker pool are run. */
export interface WorkerPoolOptions {
  /** Number of threads. */
  size: number;
  /** Jobs a thread holds at once (one drawing, one waiting, so it never idles between jobs). */
  inFlight?: number;
  /**
   * A thread is replaced once it has drawn this many images (default: never). The threads free
   * resvg's pixels themselves (image-worker.ts); before they did, resvg kept 3-5 MB per image
   * until its thread ended, which took a 10k build past 7 GB, and threads were replaced every
   * 80 images.
   */
  recycleAfter?: number;
  /**
   * How many threads take background jobs (default: all). Background jobs are work nobody waits
   * for yet; keeping them to fewer threads leaves cores to whoever is busy meanwhile.
   */
  backgroundThreads?: number;
}

interface Job {
  task: ImageTask;
  images: number;
  resolve: (pngs: Buffer[]) => void;
  reject: (e: Error) => void;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, Job>;
  drawn: number;
}

/**
 * Returns a queue of image tasks run on `size` threads of image-worker.ts started with
 * `workerData`: `run(task, images)` resolves to the task's PNGs. Jobs go out in the order they
 * came, to whichever thread has room; results do not depend on the thread that drew them.
 */
export function workerPool(workerData: unknown, options: WorkerPoolOptions) {
  const { size, inFlight = 2, recycleAfter = Infinity } = options;
  const queue: Job[] = [];
  // Jobs nobody waits for yet (charts begun early): drawn only when `queue` is empty.
  const later: Job[] = [];
  // Threads (by position) that take background jobs; the others take only awaited ones.
  let backgroundThreads = options.backgroundThreads ?? size;
  const take = (i: number) => queue.shift() ?? (i < backgroundThreads ? later.shift() : undefined);
  let next = 0;
  let closed = false;
  const start = (): Thread => {
    const thread: Thread = {
      worker: new Worker(new URL('./image-worker.ts', import.meta.url), { workerData }),
      jobs: new Map(),
      drawn: 0,
    };
    // An idle pool must not keep a failed build's process alive; a busy one must.
    thread.worker.unref();
    thread.worker.on('message', (reply: ImageReply) => {
      const job = thread.jobs.get(reply.id);
      thread.jobs.delete(reply.id);
      if ('error' in reply) job?.reject(new Error(`image worker: ${reply.error}`));
      else job?.resolve(reply.pngs.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength)));
      pump();
    });
    thread.worker.on('error', (err: Error) => {
      for (const job of thread.jobs.values()) job.reject(err);
      thread.jobs.clear();
      // A thread that failed is replaced like a worn-out one.
      thread.drawn = recycleAfter;
      pump();
    });
    return thread;
  };
  const threads = Array.from({ length: size }, start);
  function pump(): void {
    for (const [i, thread] of threads.entries()) {
      if (thread.drawn >= recycleAfter) {
        if (thread.jobs.size) continue;
        // Drained: end it (freeing what resvg kept) and start a fresh one in its place.
        void thread.worker.terminate();
        threads[i] = start();
      }
      const t = threads[i]!;
      while (t.jobs.size < inFlight && t.drawn < recycleAfter) {
        const job = take(i);
        if (!job) break;
        const id = next++;
        t.jobs.set(id, job);
        t.drawn += job.images;
        t.worker.postMessage({ ...job.task, id });
      }
      if (t.jobs.size) t.worker.ref();
      else t.worker.unref();
    }
  }
  return {
    /**
     * Queues `task` (drawing `images` images) and resolves to its PNGs, in order. A
     * `background` task waits until no other task is queued: the page renderer may be waiting
     * for the others.
     */
    run(task: ImageTask, images = 1, background = false): Promise<Buffer[]> {
      if (closed) return Promise.reject(new Error('workerPool: closed'));
      return new Promise((resolve, reject) => {
        (background ? later : queue).push({ task, images, resolve, reject });
        pump();
      });
    },
    /** Lets `count` threads take background jobs from now on. */
    allowBackground(count: number): void {
      backgroundThreads = count;
      if (!closed) pump();
    },
    /** Ends every thread; jobs still queued are refused. */
    async close(): Promise<void> {
      closed = true;
      for (const job of [...queue.splice(0), ...later.splice(0)])
        job.reject(new Error('workerPool: closed'));
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
