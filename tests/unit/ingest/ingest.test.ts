import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/lib/ingest/errors';
import { ingestSource } from '../../../src/lib/ingest/ingest';

const FIXTURES = join(import.meta.dirname, '../../fixtures/ingest');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('ingestSource', () => {
  // The expected files were checked by eye; a change in output shows up as a diff against them.
  it.each(['repeated-copies', 'plain-chapters', 'english'])(
    'ingestSource(%s.txt) is %s.expected.mdx',
    (name) => {
      const { mdx } = ingestSource({ file: `${name}.txt`, text: read(`${name}.txt`) });
      expect(mdx).toBe(read(`${name}.expected.mdx`));
    },
  );

  it('ingestSource reports sections found, kept and merged and each boilerplate run', () => {
    const result = ingestSource({ file: 'r.txt', text: read('repeated-copies.txt') });
    expect(result.stats).toMatchObject({
      sectionsFound: 5,
      sectionsKept: 3,
      sectionsMerged: 2,
      sentencesAdded: 1,
    });
    expect(result.removed.map((r) => r.kind)).toEqual([
      'title-repeat',
      'separator',
      'related-articles',
      'separator',
      'cta',
      'separator',
      'separator',
    ]);
  });

  it('ingestSource gives the same bytes on every run', () => {
    const text = read('repeated-copies.txt');
    expect(ingestSource({ file: 'r.txt', text }).mdx).toBe(
      ingestSource({ file: 'r.txt', text }).mdx,
    );
  });

  it('ingestSource leaves out the date and author when the source has none', () => {
    const { frontmatter } = ingestSource({ file: 'p.txt', text: 'タイトル\n\n本文の段落です。' });
    expect(frontmatter).toEqual({
      title: 'タイトル',
      tags: [],
      excerpt: '本文の段落です。',
      source: 'p.txt',
    });
  });

  it('ingestSource adds the publisher from the manifest entry', () => {
    const entry = { slug: 'p', publisher: 'ALLFORCES', embeds: [] };
    expect(
      ingestSource({ file: 'p.txt', text: 'タイトル\n\n本文。', entry }).frontmatter.publisher,
    ).toBe('ALLFORCES');
  });

  it('ingestSource throws no-title for a source that is only boilerplate', () => {
    let thrown: unknown;
    try {
      ingestSource({
        file: 'junk.txt',
        text: 'メインコンテンツへスキップ\n\nタイトルとURLをコピーしました',
      });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(IngestError);
    expect(thrown).toMatchObject({ code: 'no-title' });
  });
});
