import { describe, expect, it } from 'vitest';
import { groupByQuote } from '../../../src/lib/site/quote-groups';

describe('groupByQuote(sources)', () => {
  it('prints a sentence several articles carry once, with its articles in cited order', () => {
    expect(
      groupByQuote([
        { article: 'b', quote: '100億ドルを調達した。' },
        { article: 'a', quote: '評価額は1兆円。' },
        { article: 'c', quote: '100億ドルを調達した。' },
      ]),
    ).toEqual([
      { quote: '100億ドルを調達した。', articles: ['b', 'c'] },
      { quote: '評価額は1兆円。', articles: ['a'] },
    ]);
  });

  it('keeps sentences that differ by one character apart, and lists a repeated citation once', () => {
    expect(
      groupByQuote([
        { article: 'a', quote: '100億ドルを調達した。' },
        { article: 'b', quote: '100億ドルを調達した' },
        { article: 'a', quote: '100億ドルを調達した。' },
      ]),
    ).toEqual([
      { quote: '100億ドルを調達した。', articles: ['a'] },
      { quote: '100億ドルを調達した', articles: ['b'] },
    ]);
  });

  it('returns no groups for no sources', () => {
    expect(groupByQuote([])).toEqual([]);
  });
});
