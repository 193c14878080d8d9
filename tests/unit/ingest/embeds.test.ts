import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertEmbeds } from '../../../src/lib/ingest/embeds';
import { IngestError } from '../../../src/lib/ingest/errors';
import { ingestSource } from '../../../src/lib/ingest/ingest';
import { parseManifest } from '../../../src/lib/ingest/manifest';
import type { ArticleBlock } from '../../../src/lib/ingest/mdx';

const FIXTURES = join(import.meta.dirname, '../../fixtures/ingest/embeds');
const manifest = parseManifest(
  readFileSync(join(FIXTURES, 'manifest.yaml'), 'utf8'),
  'manifest.yaml',
);
const entry = manifest.get('with-embeds.txt');
const text = readFileSync(join(FIXTURES, 'with-embeds.txt'), 'utf8');

const blocks: ArticleBlock[] = [
  { kind: 'heading', text: 'OpenAIの調達', level: 2 },
  { kind: 'paragraph', text: 'OpenAIは評価額8300億ドルで調達を交渉している。' },
  { kind: 'paragraph', text: 'Anthropicも評価額3500億ドルに達した。' },
];

describe('insertEmbeds', () => {
  it('insertEmbeds places the fixture embeds after the matching paragraph, in manifest order', () => {
    const mdx = ingestSource({ file: 'with-embeds.txt', text, entry }).mdx;
    expect(mdx).toContain(
      'これはスタートアップ史上最大の規模になる。\n\n<RoundsChart companies={["openai"]} />\n\n<RoundSplitChart round="openai-2026" />\n\nAnthropicも',
    );
  });

  it('insertEmbeds matches across width and spacing differences and skips headings', () => {
    const out = insertEmbeds(blocks, [{ after: 'ＯｐｅｎＡＩは 評価額', mdx: '<C />' }], 'a.txt');
    expect(out.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'embed', 'paragraph']);
  });

  it('insertEmbeds throws an IngestError naming the file and the text when nothing matches', () => {
    let thrown: unknown;
    try {
      insertEmbeds(blocks, [{ after: 'xAIは200億ドル', mdx: '<C />' }], 'a.txt');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(IngestError);
    expect((thrown as IngestError).message).toBe(
      'a.txt: embed anchor "xAIは200億ドル" matches no paragraph of the article.',
    );
  });

  it('insertEmbeds with no embeds returns the blocks unchanged', () => {
    expect(insertEmbeds(blocks, [], 'a.txt')).toEqual(blocks);
  });
});
