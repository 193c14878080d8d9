import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  convertAll,
  outcomeOf,
  PARALLEL_MIN_BYTES,
  resultOf,
  worthThreads,
} from '../../../src/lib/ingest/convert';
import { IngestError } from '../../../src/lib/ingest/errors';
import type { IngestInput } from '../../../src/lib/ingest/ingest';
import { realBodies } from '../../fixtures/ingest/synthetic';

// Real bodies with titles, and one source with no title (an IngestError) among them.
const inputs: IngestInput[] = [
  ...realBodies().map((body, i) => ({
    file: `s${i}.txt`,
    text: `---\ntitle: 記事${i}\n---\n${body}`,
  })),
  { file: 'untitled.txt', text: '---\ntags: [AI]\n---\n' },
  ...realBodies().map((body, i) => ({
    file: `t${i}.txt`,
    text: `---\ntitle: 再掲${i}\n---\n${body}`,
  })),
];

describe('convertAll', () => {
  it('convertAll with a worker thread gives the same outcomes, in order, as on this thread alone', async () => {
    const alone = await convertAll(inputs, false);
    expect(alone.map((o) => Object.keys(o)[0])).toEqual(
      inputs.map((i) => (i.file === 'untitled.txt' ? 'error' : 'result')),
    );
    expect(await convertAll(inputs, true)).toEqual(alone);
  }, 30_000);

  it('resultOf an outcome that failed throws the same IngestError, code, message and hint', () => {
    const outcome = outcomeOf({ file: 'untitled.txt', text: '---\ntags: [AI]\n---\n' });
    expect(outcome).toMatchObject({ error: { code: 'no-title' } });
    const thrown = (() => {
      try {
        resultOf(outcome);
      } catch (err) {
        return err;
      }
    })() as IngestError;
    expect(thrown).toBeInstanceOf(IngestError);
    expect({ code: thrown.code, message: thrown.message, hint: thrown.hint }).toEqual(
      'error' in outcome ? outcome.error : undefined,
    );
  });

  it('worthThreads holds only for several sources with two megabytes between them', () => {
    const half = PARALLEL_MIN_BYTES / 2;
    expect(worthThreads([PARALLEL_MIN_BYTES])).toBe(false);
    expect(worthThreads([10, 10])).toBe(false);
    expect(worthThreads([half, half - 1])).toBe(false);
    expect(worthThreads([half, half])).toBe(availableParallelism() >= 2);
  });

  it('convertAll of inputs still being read gives the same outcomes, and passes on a failure to read them', async () => {
    const alone = await convertAll(inputs, false);
    expect(await convertAll(Promise.resolve(inputs), true)).toEqual(alone);
    await expect(convertAll(Promise.reject(new Error('unreadable')), true)).rejects.toThrow(
      'unreadable',
    );
  }, 30_000);
});
