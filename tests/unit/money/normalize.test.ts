import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/lib/money/normalize';
import { random } from '../../support/random';

// The rule as first written: every character normalised on its own, voicing marks joined.
function slow(input: string) {
  const chars = Array.from(input);
  let text = '';
  const origin: number[] = [];
  let offset = 0;
  for (let k = 0; k < chars.length;) {
    let chunk = chars[k] ?? '';
    k += 1;
    while (k < chars.length && /^[\u3099\u309a\uff9e\uff9f]$/.test(chars[k] ?? '')) {
      chunk += chars[k];
      k += 1;
    }
    const normalized = chunk.normalize('NFKC');
    for (let j = 0; j < normalized.length; j += 1) origin.push(offset);
    text += normalized;
    offset += chunk.length;
  }
  origin.push(offset);
  return { text, origin };
}

const PIECES = [
  '1',
  '５',
  '億',
  'ドル',
  'ﾄﾞﾙ',
  '\u3099',
  '約',
  '～',
  '，',
  ' ',
  '𠮷',
  'é',
  'e\u0301',
  'A',
  '兆円',
  '、',
];

describe('normalizeText', () => {
  it('maps full-width digits and half-width katakana back to where they stood', () => {
    const n = normalizeText('約１５０億ﾄﾞﾙ');
    expect(n.text).toBe('約150億ドル');
    expect(n.origin).toEqual([0, 1, 2, 3, 4, 5, 7, 8]);
  });

  it('gives the same text and offsets as normalising one character at a time, on random texts', () => {
    const next = random(20261202);
    for (let round = 0; round < 2000; round++) {
      const text = Array.from(
        { length: Math.floor(next() * 12) },
        () => PIECES[Math.floor(next() * PIECES.length)]!,
      ).join('');
      expect(normalizeText(text), JSON.stringify(text)).toEqual(slow(text));
    }
  });
});
