import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/lib/ingest/errors';
import { parseManifest } from '../../../src/lib/ingest/manifest';

function errorOf(yaml: string): IngestError | undefined {
  try {
    parseManifest(yaml, 'content/manifest.yaml');
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw err;
  }
  return undefined;
}

describe('parseManifest', () => {
  it('parseManifest reads slug, publisher and embeds by file name', () => {
    const entries = parseManifest(
      'a.txt:\n  slug: ai-funding\n  publisher: ALLFORCES\n  embeds:\n    - after: 評価額\n      mdx: "<C />"\nb.txt:\n  slug: other\n',
      'm',
    );
    expect(Object.fromEntries(entries)).toEqual({
      'a.txt': {
        slug: 'ai-funding',
        publisher: 'ALLFORCES',
        embeds: [{ after: '評価額', mdx: '<C />' }],
      },
      'b.txt': { slug: 'other', embeds: [] },
    });
  });

  it.each([
    ['a slug that is not ASCII words', 'a.txt:\n  slug: AI資金\n', 'entry a.txt: slug'],
    [
      'an embed without mdx',
      'a.txt:\n  slug: a\n  embeds:\n    - after: x\n',
      'entry a.txt: embeds[0]',
    ],
    ['a list at the top', '- a.txt\n', 'expected a mapping'],
    ['broken YAML', 'a.txt: [\n', 'content/manifest.yaml'],
  ])('parseManifest rejects %s', (_, yaml, detail) => {
    expect(errorOf(yaml)?.message).toContain(detail);
  });
});
