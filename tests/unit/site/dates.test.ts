import { describe, expect, it } from 'vitest';
import { compareNewestFirst, formatDateJa } from '../../../src/lib/site/dates';

describe('formatDateJa', () => {
  it.each([
    ['2026-02-14', '2026年2月14日'],
    ['2025-11', '2025年11月'],
    ['2025', '2025年'],
    [undefined, '日付不明'],
  ])('formatDateJa(%j) is %j', (input, expected) => {
    expect(formatDateJa(input)).toBe(expected);
  });
});

describe('compareNewestFirst', () => {
  it('sorts dated items newest first and undated items last', () => {
    const items = [
      { title: 'い', date: undefined },
      { title: 'あ', date: '2025-10-08' },
      { title: 'う', date: '2026-02-14' },
      { title: 'え', date: undefined },
      { title: 'お', date: '2025-11' },
    ];
    expect(items.sort(compareNewestFirst).map((i) => i.title)).toEqual([
      'う',
      'お',
      'あ',
      'い',
      'え',
    ]);
  });
});
