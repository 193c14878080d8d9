/**
 * Runs ingestSource over many sources, on this thread and, for a large batch, on one worker
 * thread as well (convert-worker.ts): the two take sources from one queue. ingestSource is pure,
 * so an article does not depend on the thread that made it. If the worker cannot start or
 * dies, this thread converts what it had.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { IngestError } from './errors';
import { ingestSource, type IngestInput, type IngestResult } from './ingest';

/** What converting one source gave: its result, the IngestError it threw, or any other failure's message. */
export type Outcome =
  | { result: IngestResult }
  | { error: { code: IngestError['code']; message: string; hint: string } }
  | { crash: string };

/** Below this many bytes of sources in all, starting a worker costs more than it saves. */
export const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;

/** Returns the outcome of ingestSource(input), never throwing. */
export function outcomeOf(input: IngestInput): Outcome {
  try {
    return { result: ingestSource(input) };
  } catch (err) {
    if (err instanceof IngestError) {
      return { error: { code: err.code, message: err.message, hint: err.hint } };
    }
    return { crash: String((err as Error)?.message ?? err) };
  }
}

/** Returns the result of an outcome; throws its IngestError, or an Error for any other failure. */
export function resultOf(outcome: Outcome): IngestResult {
  if ('result' in outcome) return outcome.result;
  if ('error' in outcome) {
    const { code, message, hint } = outcome.error;
    throw new IngestError(code, message, hint);
  }
  throw new Error(outcome.crash);
}

/** Returns whether sources of these sizes (bytes) are worth a worker thread: several, megabytes, two cores. */
export function worthThreads(sizes: readonly number[]): boolean {
  if (sizes.length < 2 || availableParallelism() < 2) return false;
  return sizes.reduce((a, b) => a + b, 0) >= PARALLEL_MIN_BYTES;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Returns the outcome of each input, in order; `threads` adds a worker thread (see above),
 * started at once, so it loads while `pending` (the inputs, still being read) settles.
 */
export async function convertAll(
  pending: IngestInput[] | Promise<IngestInput[]>,
  threads: boolean,
): Promise<Outcome[]> {
  let inputs: IngestInput[] = [];
  const outcomes: Outcome[] = [];
  const redo: number[] = [];
  const sent = new Set<number>();
  let next = 0;
  let worker: Worker | undefined;
  let wake: (() => void) | undefined;
  let ready = false;
  const give = () => {
    if (!worker || !ready || next >= inputs.length) return;
    const i = next++;
    sent.add(i);
    worker.postMessage({ i, input: inputs[i] });
  };
  const lose = () => {
    worker = undefined;
    redo.push(...sent);
    sent.clear();
    wake?.();
  };
  if (threads) {
    worker = new Worker(new URL('./convert-worker.ts', import.meta.url));
    worker.on('message', ({ i, outcome }: { i: number; outcome: Outcome }) => {
      outcomes[i] = outcome;
      sent.delete(i);
      give();
      wake?.();
    });
    worker.on('error', lose);
    worker.on('exit', lose);
  }
  try {
    inputs = await pending;
  } catch (err) {
    await stop(worker, lose);
    throw err;
  }
  ready = true;
  // Two in hand, so the worker never waits for this thread to hand it the next source.
  give();
  give();
  for (;;) {
    const i = redo.pop() ?? (next < inputs.length ? next++ : -1);
    if (i >= 0) {
      outcomes[i] = outcomeOf(inputs[i]!);
      // Let the worker's replies in, so it is handed its next source.
      if (worker) await nextTurn();
    } else if (worker && sent.size > 0) {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    } else break;
  }
  await stop(worker, lose);
  return outcomes;
}

async function stop(worker: Worker | undefined, lose: () => void): Promise<void> {
  if (!worker) return;
  worker.off('exit', lose);
  await worker.terminate();
}
