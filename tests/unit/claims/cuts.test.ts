import { describe, expect, it } from 'vitest';
import { claimCuts } from '../../../src/lib/claims/cuts';
import type { Claim } from '../../../src/lib/claims/claims';
import { normaliseText } from '../../../src/lib/validate/normalise';
import { containsWhole } from '../../../src/lib/validate/quotes';
import { random } from '../../support/random';

const claim = (id: string, quote: string): Claim => ({
  dataset: 'funding-rounds',
  id,
  quote: normaliseText(quote),
  datasetTitle: '資金調達ラウンド',
});

// The rule as first written: try every prefix from the first character.
function slowCut(raw: string, quote: string): number | undefined {
  if (!containsWhole(normaliseText(raw), quote)) return undefined;
  for (let at = 1; at <= raw.length; at++) {
    if (/[0-9０-９]/.test(raw[at] ?? '') && /[0-9]$/.test(quote)) continue;
    if (containsWhole(normaliseText(raw.slice(0, at)), quote)) return at;
  }
  return undefined;
}

const PIECES = [
  '1',
  '5',
  '０',
  '億ドル',
  '150',
  '調達',
  '  ',
  '\n',
  '*',
  '。',
  'A',
  '＄',
  '(約2.2兆円)',
];

describe('claimCuts', () => {
  it('puts the mark just after a quote that ends in a number, not inside a longer number', () => {
    const raw = '評価額は1500億ドル、調達額は150億ドル。';
    const [cut] = claimCuts(raw, [claim('x', '調達額は150')]);
    expect(cut?.at).toBe(raw.indexOf('150億ドル。') + 3);
  });

  it('finds the same cut as trying every prefix, on random texts with digits and spaces', () => {
    const next = random(20261202);
    const pick = () => PIECES[Math.floor(next() * PIECES.length)]!;
    for (let round = 0; round < 400; round++) {
      const raw = Array.from({ length: 4 + Math.floor(next() * 30) }, pick).join('');
      const whole = normaliseText(raw);
      if (whole.length < 2) continue;
      const from = Math.floor(next() * (whole.length - 1));
      const quote = whole.slice(from, from + 1 + Math.floor(next() * (whole.length - from))).trim();
      if (quote === '') continue;
      const cuts = claimCuts(raw, [claim('q', quote)]);
      expect(cuts[0]?.at, JSON.stringify({ raw, quote })).toBe(slowCut(raw, quote));
    }
  });
});
