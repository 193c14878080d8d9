/**
 * Ingest robustness: random bytes and random mutations of the real sources, decoded and
 * ingested as the CLI does, either give an article or throw IngestError, never anything else,
 * and each case finishes in bounded time. Seeded, so a failure reproduces from its case number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/lib/ingest/decode';
import { IngestError } from '../../../src/lib/ingest/errors';
import { ingestSource } from '../../../src/lib/ingest/ingest';
import { mutate, random } from '../../support/random';

const SOURCES = fileURLToPath(new URL('../../../content/sources/', import.meta.url));
const real = readdirSync(SOURCES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(`${SOURCES}${f}`, 'utf8'));

// Generous for a loaded machine; a regex or loop that goes quadratic on these inputs takes far longer.
const CASE_LIMIT_MS = 2000;

// Pieces that mean something to frontmatter, markdown, MDX or the sentence splitter.
const SPICE = [
  '\u0000',
  '\u202e',
  '\u200b',
  '\uFEFF',
  '\r',
  '\t',
  '\n',
  '\n\n',
  '---\n',
  '# ',
  '## ',
  '- ',
  '1. ',
  '<',
  '</',
  '<script>',
  '{',
  '}',
  '{:x}',
  '`',
  '```',
  '[',
  '](',
  '](javascript:alert(1))',
  '![a](b)',
  '*',
  '_',
  '~~',
  '|',
  '>',
  '\\',
  '$',
  '&amp;',
  'import x from "y"\n',
  'export const a = 1\n',
  'title: ',
  '。',
  '「',
  '」',
  '（',
  '.',
  ' ',
  '😀',
  '億ドル',
];

/** 1-8 random deletions, insertions of SPICE, duplications of up to 400 and cuts of up to 200 characters. */
const MUTATION = { spice: SPICE, maxEdits: 8, maxCopy: 400, maxCut: 200 };

/** Returns a random run of `text` of at most `max` characters (whole text when shorter). */
function window(text: string, max: number, next: () => number): string {
  if (text.length <= max) return text;
  const at = Math.floor(next() * (text.length - max));
  return text.slice(at, at + max);
}

/** Ingests the bytes as the CLI does; returns the error code, or 'ok' with a non-empty article. */
function ingestBytes(bytes: Uint8Array): string {
  const started = performance.now();
  let outcome: string;
  try {
    const text = decodeSource(bytes, 'case.txt');
    const result = ingestSource({ file: 'case.txt', text });
    expect(result.mdx.startsWith('---\n')).toBe(true);
    expect(result.charsIn).toBe(Array.from(text).length);
    expect(result.charsOut).toBe(Array.from(result.mdx).length);
    outcome = 'ok';
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    outcome = error.code;
  }
  expect(performance.now() - started).toBeLessThan(CASE_LIMIT_MS);
  return outcome;
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('ingestSource under random input', () => {
  it('never throws anything but IngestError or hangs on 80 files of random bytes', () => {
    const next = random(11);
    const outcomes = new Set<string>();
    for (let i = 0; i < 80; i++) {
      const length = Math.floor(next() * 3000);
      // Half the cases are printable ASCII and newlines, so they reach the parser.
      const printable = i % 2 === 0;
      const bytes = Uint8Array.from({ length }, () =>
        printable ? (next() < 0.1 ? 10 : 32 + Math.floor(next() * 95)) : Math.floor(next() * 256),
      );
      outcomes.add(ingestBytes(bytes));
    }
    // Both rejections and articles occur, so the cases exercise more than the decoder.
    expect(outcomes.has('not-utf8')).toBe(true);
    expect(outcomes.has('ok')).toBe(true);
  }, 30_000);

  it('never throws anything but IngestError or hangs on 120 mutations of the real sources', () => {
    const next = random(7);
    const outcomes = new Set<string>();
    for (let i = 0; i < 120; i++) {
      const source = real[i % real.length]!;
      // Every tenth case mutates a whole source; the rest a run of up to 3,000 characters of one.
      const text = i % 10 === 0 ? source : window(source, 3000, next);
      outcomes.add(ingestBytes(encode(mutate(text, next, MUTATION))));
    }
    expect(outcomes.has('ok')).toBe(true);
  }, 30_000);
});
