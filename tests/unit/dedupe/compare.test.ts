import { describe, expect, it } from 'vitest';
import { compareUnits } from '../../../src/lib/dedupe/compare';
import { unitsOf } from '../../../src/lib/dedupe/units';

const units = (text: string) => unitsOf({ kind: 'paragraph', text });
const EARLIER = '資金が集まっている。GPUの確保が急務だ。電力も足りない。';

describe('compareUnits', () => {
  it.each([
    ['an exact copy', EARLIER, 'contained', [0, 1, 2]],
    ['a copy with a sentence dropped', '資金が集まっている。電力も足りない。', 'contained', [0, 2]],
    [
      'a copy with a sentence added',
      '資金が集まっている。GPUの確保が急務だ。特に推論向けが伸びている。電力も足りない。',
      'extends',
      [0, 1, -1, 2],
    ],
    [
      'an edit that adds and drops',
      '資金が集まっている。GPUの確保が急務だ。冷却が新たな壁だ。',
      'overlaps',
      [0, 1, -1],
    ],
    [
      'a paragraph sharing one sentence of three',
      '資金が集まっている。人材も奪い合いだ。大学も動いた。',
      'distinct',
      [0, -1, -1],
    ],
  ] as const)('compareUnits(%s) is %s', (_, later, relation, matches) => {
    const cmp = compareUnits(units(later), units(EARLIER));
    expect(cmp.relation).toBe(relation);
    expect(cmp.matches).toEqual(matches);
  });
});

describe('compareUnits on a cut-off copy', () => {
  it('compareUnits(a copy cut off mid-sentence) is contained, the cut piece matching its full sentence', () => {
    const cmp = compareUnits(units('資金が集まっている。GPUの確'), units(EARLIER));
    expect(cmp).toEqual({ relation: 'contained', matches: [0, 1], found: 2 });
  });
});
