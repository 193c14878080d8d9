import { describe, expect, it } from 'vitest';
import { normaliseKey } from '../../../src/lib/dedupe/normalise';

describe('normaliseKey', () => {
  it.each([
    ['### 資金の流れ', '資金の流れ'],
    ['**資金** の　流れ', '資金の流れ'],
    ['ＡＩ（人工知能）', 'ai(人工知能)'],
    ['1.  **AI倫理**: 説明', 'ai倫理:説明'],
    ['- [記事](/2025/11/28/a/)', '記事'],
    ['The  Money\nkeeps   flowing.', 'themoneykeepsflowing.'],
  ])('normaliseKey(%j) is %j', (input, expected) => {
    expect(normaliseKey(input)).toBe(expected);
  });
});
