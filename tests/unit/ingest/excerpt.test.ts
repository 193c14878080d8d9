import { describe, expect, it } from 'vitest';
import { makeExcerpt } from '../../../src/lib/ingest/excerpt';

describe('makeExcerpt', () => {
  it.each([
    [
      'whole sentences that fit',
      '一文目です。二文目です。三文目です。',
      14,
      '一文目です。二文目です。',
    ],
    [
      'a short paragraph whole',
      'AI業界で巨額の資金調達が相次いでいます。',
      120,
      'AI業界で巨額の資金調達が相次いでいます。',
    ],
    [
      'a first sentence longer than the limit, cut with …',
      'とても長い一文がここに続いていく。',
      8,
      'とても長い一文…',
    ],
    [
      'plain text from markdown',
      '**強調**と[リンク](https://example.com)の文。',
      120,
      '強調とリンクの文。',
    ],
  ])('makeExcerpt keeps %s', (_, paragraph, max, expected) => {
    expect(makeExcerpt(paragraph, max)).toBe(expected);
  });
});
