import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/lib/ingest/errors';
import { calendarDate, splitFrontmatter } from '../../../src/lib/ingest/frontmatter';

describe('splitFrontmatter', () => {
  it('splitFrontmatter reads the article fields and merges categories after tags', () => {
    const source = [
      '---',
      'layout: post',
      'title: "OpenAIとAnthropic、巨額資金調達の裏側"',
      'date: 2026-02-14 02:08:43 +0900',
      'categories: [AI最新ニュース, OpenAI]',
      'tags: ["OpenAI", "Anthropic"]',
      'author: "ALLFORCES編集部"',
      'excerpt: "両社の成長戦略を分析します。"',
      'reading_time: 8',
      '---',
      '',
      '本文。',
    ].join('\n');
    expect(splitFrontmatter(source, 'a.txt')).toEqual({
      meta: {
        title: 'OpenAIとAnthropic、巨額資金調達の裏側',
        date: '2026-02-14',
        tags: ['OpenAI', 'Anthropic', 'AI最新ニュース'],
        author: 'ALLFORCES編集部',
        excerpt: '両社の成長戦略を分析します。',
      },
      hasFrontmatter: true,
      body: '\n本文。',
      bodyLine: 11,
    });
  });

  it('splitFrontmatter returns a source without frontmatter whole', () => {
    expect(splitFrontmatter('タイトル\n\n本文。', 'b.txt')).toEqual({
      meta: { tags: [] },
      hasFrontmatter: false,
      body: 'タイトル\n\n本文。',
      bodyLine: 1,
    });
  });

  it('splitFrontmatter throws an IngestError naming the file for broken YAML', () => {
    let thrown: unknown;
    try {
      splitFrontmatter('---\ntitle: [unclosed\n---\n本文', 'broken.txt');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(IngestError);
    expect(thrown).toMatchObject({
      code: 'bad-frontmatter',
      message: expect.stringContaining('broken.txt'),
    });
  });
});

describe('calendarDate', () => {
  it.each([
    ['2026-02-14 02:08:43 +0900', '2026-02-14'],
    ['2025-12-31 23:30:00 -0500', '2025-12-31'],
    ['2025-10-08T08:40:48Z', '2025-10-08'],
    ['2025-02-30', undefined],
    ['昨日', undefined],
    [undefined, undefined],
  ])('calendarDate(%j) is %j', (input, expected) => {
    expect(calendarDate(input)).toBe(expected);
  });
});
