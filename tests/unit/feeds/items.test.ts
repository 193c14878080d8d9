import { describe, expect, it } from 'vitest';
import { dayInstant, feedItems } from '../../../src/lib/feeds/items';
import { jsonFeed } from '../../../src/lib/feeds/json-feed';

const link = (slug: string) => `https://example.org/articles/${slug}/`;

describe('dayInstant', () => {
  it.each([
    ['2026-02-14', '2026-02-13T15:00:00.000Z'],
    ['2025-11', undefined],
    ['2025', undefined],
    [undefined, undefined],
  ])('dayInstant(%s) is %s (midnight in Japan, or no instant)', (date, iso) => {
    expect(dayInstant(date)?.toISOString()).toBe(iso);
  });
});

describe('feedItems', () => {
  const items = feedItems(
    [
      {
        slug: 'dated',
        title: 'A',
        excerpt: '要約A',
        date: '2026-02-14',
        tags: ['AI'],
        author: '編集部',
      },
      { slug: 'month', title: 'B', excerpt: '要約B', date: '2025-11', tags: [] },
      { slug: 'undated', title: 'C', excerpt: '要約C', tags: [], publisher: 'ALLFORCES' },
    ],
    link,
  );

  it('keeps the given order and links every item to its article page', () => {
    expect(items.map((i) => i.link)).toEqual([link('dated'), link('month'), link('undated')]);
  });
  it('dates only sources that name a day and says so for the others', () => {
    expect(items.map((i) => i.published?.toISOString())).toEqual([
      '2026-02-13T15:00:00.000Z',
      undefined,
      undefined,
    ]);
    expect(items[0]!.summary).toBe('要約A');
    expect(items[1]!.summary).toBe('要約B 原文の公開日: 2025-11。');
    expect(items[2]!.summary).toBe('要約C 原文に日付の記載はありません。');
  });
  it('credits the author, or the publisher when no author is named', () => {
    expect(items.map((i) => i.author)).toEqual(['編集部', undefined, 'ALLFORCES']);
  });

  it('jsonFeed writes JSON Feed 1.1 with date_published only where known', () => {
    const feed = jsonFeed(
      {
        title: 'T',
        description: 'D',
        home: 'https://example.org/',
        feedUrl: 'https://example.org/feed.json',
      },
      items,
    ) as { version: string; items: Record<string, unknown>[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i) => i.date_published)).toEqual([
      '2026-02-13T15:00:00.000Z',
      undefined,
      undefined,
    ]);
    expect(feed.items[0]).toMatchObject({ id: link('dated'), content_text: '要約A', tags: ['AI'] });
    expect(feed.items[1]).not.toHaveProperty('tags');
  });
});
