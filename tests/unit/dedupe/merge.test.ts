import { describe, expect, it } from 'vitest';
import { compareUnits } from '../../../src/lib/dedupe/compare';
import { mergeUnits } from '../../../src/lib/dedupe/merge';
import { joinUnits, unitsOf } from '../../../src/lib/dedupe/units';

function merge(earlier: string, later: string): string {
  const a = unitsOf({ kind: 'paragraph', text: earlier });
  const b = unitsOf({ kind: 'paragraph', text: later });
  return joinUnits('paragraph', mergeUnits(a, b, compareUnits(b, a).matches).raw);
}

describe('mergeUnits', () => {
  it.each([
    [
      'a sentence added in the middle',
      '甲だ。乙だ。丙だ。',
      '甲だ。乙だ。新しい。丙だ。',
      '甲だ。乙だ。新しい。丙だ。',
    ],
    [
      'a sentence added at the start',
      '甲だ。乙だ。',
      '前置き。甲だ。乙だ。',
      '前置き。甲だ。乙だ。',
    ],
    ['a sentence added at the end', '甲だ。乙だ。', '甲だ。乙だ。結び。', '甲だ。乙だ。結び。'],
    [
      'a longer later version of a cut-off sentence',
      'これは最初の文です。二つ目の文はここで途中まで書かれて',
      'これは最初の文です。二つ目の文はここで途中まで書かれて、最後まで続きます。',
      'これは最初の文です。二つ目の文はここで途中まで書かれて、最後まで続きます。',
    ],
    [
      'English sentences',
      'Money flows. GPUs are scarce.',
      'Money flows. Rivals raise too. GPUs are scarce.',
      'Money flows. Rivals raise too. GPUs are scarce.',
    ],
  ])('mergeUnits: %s', (_, earlier, later, expected) => {
    expect(merge(earlier, later)).toBe(expected);
  });
});
