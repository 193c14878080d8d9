import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseKey } from '../../../src/lib/dedupe/normalise';
import { sameSentence, sentenceKey } from '../../../src/lib/dedupe/similarity';
import { splitSentences } from '../../../src/lib/dedupe/sentences';
import { parseBlocks } from '../../../src/lib/ingest/blocks';
import { splitFrontmatter } from '../../../src/lib/ingest/frontmatter';
import { ingestSource } from '../../../src/lib/ingest/ingest';
import { parseManifest } from '../../../src/lib/ingest/manifest';

const ROOT = join(import.meta.dirname, '../../..');
const manifest = parseManifest(
  readFileSync(join(ROOT, 'content/manifest.yaml'), 'utf8'),
  'manifest',
);

// What each source loses as boilerplate; a new removal here means a rule may be eating prose.
const EXPECTED_REMOVALS: Record<string, string[]> = {
  '000_b1f9d487e6cfbf9a.txt': [
    'skip-link',
    'related-articles',
    'cta',
    'affiliate-books',
    'affiliate-disclaimer',
  ],
  '001_f086f20d33dd6cd5.txt': [
    'separator',
    'related-articles',
    'separator',
    'cta',
    'separator',
    'affiliate-books',
    'affiliate-disclaimer',
    'separator',
    ...Array<string>(5).fill('separator'),
  ],
  '002_966dccc71f240b11.txt': ['title-repeat', 'separator', 'separator'],
  '003_e9483ed01d648355.txt': ['title-repeat'],
  '004_3258439704e609da.txt': [
    'stray-label',
    ...Array<string>(8).fill('reference-links'),
    'contact-footer',
    'copy-widget',
  ],
};

function counts(keys: string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  return seen;
}

describe.each(Object.keys(EXPECTED_REMOVALS))('ingesting the real source %s', (file) => {
  const text = readFileSync(join(ROOT, 'content/sources', file), 'utf8');
  const result = ingestSource({ file, text, entry: manifest.get(file) });
  const body = result.mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks = body
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean);

  it('removes exactly the expected boilerplate', () => {
    expect(result.removed.map((r) => r.kind)).toEqual(EXPECTED_REMOVALS[file]);
  });

  it('has no heading and no paragraph of 40+ characters twice', () => {
    const keys = blocks
      .map(normaliseKey)
      .filter((k, i) => blocks[i]!.startsWith('#') || k.length >= 40);
    const repeated = [...counts(keys)].filter(([, n]) => n > 1).map(([k]) => k);
    expect(repeated).toEqual([]);
  });

  it('keeps every sentence of the source outside the removed boilerplate', () => {
    const split = splitFrontmatter(text, file);
    const boilerplate = result.removed
      .flatMap((r) => splitSentences(r.text))
      .map(normaliseKey)
      .join('\n');
    const article = normaliseKey(
      `${result.frontmatter.title}\n${body}`.replace(/\\([{}<>#])/g, '$1'),
    );
    const articleSentences = blocks
      .flatMap(splitSentences)
      .map((s) => sentenceKey(normaliseKey(s)));
    const sentences = parseBlocks(split.body, split.bodyLine)
      .flatMap((b) => (b.kind === 'heading' ? [b.text] : splitSentences(b.text)))
      .map(normaliseKey)
      .filter((k) => k !== '' && !boilerplate.includes(k));
    let verbatim = 0;
    let inFuller = 0;
    const missing: string[] = [];
    for (const key of sentences) {
      if (article.includes(key)) verbatim++;
      else if (articleSentences.some((s) => sameSentence(sentenceKey(key), s))) inFuller++;
      else missing.push(key);
    }
    const found = verbatim + inFuller;
    const share = ((100 * found) / sentences.length).toFixed(1);
    console.log(
      `coverage ${file}: ${found}/${sentences.length} sentences (${share}%), ${inFuller} inside a fuller version`,
    );
    expect(missing).toEqual([]);
  });
});
