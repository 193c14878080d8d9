import { describe, expect, it } from 'vitest';
import { slugFromFileName } from '../../../src/lib/ingest/slug';

describe('slugFromFileName', () => {
  it.each([
    ['005_a1b2c3.txt', '005-a1b2c3'],
    ['My Draft (2).txt', 'my-draft-2'],
    ['ＡＩ資金 Report.md', 'ai-report'],
  ])('slugFromFileName(%j) is %j', (name, slug) => {
    expect(slugFromFileName(name)).toBe(slug);
  });

  it('slugFromFileName of a name without ASCII is a stable hash slug', () => {
    const slug = slugFromFileName('資金調達の記事.txt');
    expect(slug).toMatch(/^article-[0-9a-f]{8}$/);
    expect(slugFromFileName('資金調達の記事.txt')).toBe(slug);
    expect(slugFromFileName('別の記事.txt')).not.toBe(slug);
  });
});
