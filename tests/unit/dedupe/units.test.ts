import { describe, expect, it } from 'vitest';
import { joinUnits, unitsOf } from '../../../src/lib/dedupe/units';

describe('unitsOf', () => {
  it('unitsOf(a list) gives one unit per item, continuation lines included', () => {
    const { raw, keys } = unitsOf({
      kind: 'list',
      text: '1.  **甲**: 説明\n    続き\n2.  **乙**: 説明',
    });
    expect(raw).toEqual(['1.  **甲**: 説明\n    続き', '2.  **乙**: 説明']);
    expect(keys.map((k) => k.key)).toEqual(['甲:説明続き', '乙:説明']);
  });

  it('unitsOf(a paragraph) gives its sentences', () => {
    expect(unitsOf({ kind: 'paragraph', text: '甲だ。乙だ。' }).raw).toEqual(['甲だ。', '乙だ。']);
  });
});

describe('joinUnits', () => {
  it.each([
    ['Japanese sentences run on', ['甲だ。', '乙だ。'], '甲だ。乙だ。'],
    [
      'English sentences get a space where none was kept',
      ['Money flows.', 'GPUs are scarce.'],
      'Money flows. GPUs are scarce.',
    ],
    [
      'existing spaces are kept, trailing ones dropped',
      ['なぜか？ ', '答えだ。 '],
      'なぜか？ 答えだ。',
    ],
  ])('joinUnits: %s', (_, raw, expected) => {
    expect(joinUnits('paragraph', raw)).toBe(expected);
  });

  it('joinUnits(list) puts one item per line', () => {
    expect(joinUnits('list', ['1. 甲 ', '2. 乙'])).toBe('1. 甲\n2. 乙');
  });
});
