import { describe, expect, it } from 'vitest';
import { withBase } from '../../../src/lib/site/url';
import { readingMinutes } from '../../../src/lib/site/reading-time';

describe('withBase', () => {
  it.each([
    ['/', 'articles/x/', '/articles/x/'],
    ['/atlas/', 'articles/x/', '/atlas/articles/x/'],
    ['/atlas', '/data/', '/atlas/data/'],
    ['/atlas/', '', '/atlas/'],
  ])('withBase(%j, %j) is %j', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  it('counts 500 prose characters as one minute and ignores markup', () => {
    const body = `---\ntitle: x\n---\n## 見出し\n\n${'あ'.repeat(1500)}\n\n<RoundsChart companies={["openai"]} />\n`;
    expect(readingMinutes(body)).toBe(3);
  });
  it('is at least one minute', () => {
    expect(readingMinutes('短い')).toBe(1);
  });
});
