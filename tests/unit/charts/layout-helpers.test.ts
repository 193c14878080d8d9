import { describe, expect, it } from 'vitest';
import { placeAmountBar, OPEN_END } from '../../../src/lib/charts/amount-bar';
import { boundedOf } from '../../../src/lib/money/bounds';
import { chartId } from '../../../src/lib/charts/chart-id';
import { flowPath, flowYAt } from '../../../src/lib/charts/curve';
import { dodge } from '../../../src/lib/charts/dodge';
import { overlaps, placeLabels } from '../../../src/lib/charts/label-placer';
import { textWidth, wrapText } from '../../../src/lib/charts/text-width';

const scale = (v: number) => 10 + v;

describe('placeAmountBar(value, scale)', () => {
  it.each([
    ['exact 100', boundedOf(100, 'exact'), 'solid', 110, 110],
    ['approx 100', boundedOf(100, 'approx'), 'solid', 110, 110],
    [
      'range 200–260',
      { lo: 200, hi: 260, qualifier: 'range' as const, approximate: false },
      'range',
      210,
      270,
    ],
    ['up-to 125', boundedOf(125, 'up-to'), 'up-to', 10, 135],
    ['over 300', boundedOf(300, 'over'), 'open', 310, 310 + OPEN_END],
    ['at-least 1150', boundedOf(1150, 'at-least'), 'open', 1160, 1160 + OPEN_END],
  ])('places %s as %s from the certain end %d to %d', (_n, value, shape, solidEnd, end) => {
    expect(placeAmountBar(value, scale)).toMatchObject({ shape, x0: 10, solidEnd, end });
  });
});

describe('dodge(positions, gap, lo, hi)', () => {
  it.each([
    [[10, 12, 14], 10, [10, 20, 30]],
    [[30, 10, 12], 10, [30, 10, 20]],
    [[95, 96], 10, [90, 100]],
  ])('dodge(%j, %d, 0, 100) is %j', (input, gap, expected) => {
    expect(dodge(input, gap, 0, 100)).toEqual(expected);
  });

  it('dodge with per-item extents keeps each item past the previous one’s extent', () => {
    expect(dodge([0, 1, 2], [30, 10, 10])).toEqual([0, 30, 40]);
  });
});

describe('placeLabels(requests, bounds, obstacles)', () => {
  const requests = [0, 1, 2, 3].map((i) => ({ x: 50, y: 50 + i, width: 40, height: 14 }));
  const spots = placeLabels(requests, { x1: 0, y1: 0, x2: 200, y2: 200 }, [], { gap: 2 });

  it('keeps crowded labels at least the gap apart', () => {
    spots.forEach((a, i) =>
      spots.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box, 2 - 1e-9)).toBe(false)),
    );
  });

  it('moves labels off an obstacle', () => {
    const [spot] = placeLabels(
      [{ x: 50, y: 50, width: 40, height: 14 }],
      { x1: 0, y1: 0, x2: 200, y2: 200 },
      [{ x1: 55, x2: 100, y1: 40, y2: 60 }],
    );
    expect(spot && overlaps(spot.box, { x1: 55, x2: 100, y1: 40, y2: 60 })).toBe(false);
  });
});

describe('text measuring', () => {
  it.each([
    ['150億ドル', 12, 3 * 0.58 * 12 + 3 * 12],
    ['ARR', 10, 3 * 0.68 * 10],
  ])('textWidth(%s, %d) is %d', (text, size, width) => {
    expect(textWidth(text, size)).toBeCloseTo(width, 5);
  });

  it('wrapText breaks at the middle dot and cuts the last line with an ellipsis', () => {
    const lines = wrapText('シリーズG・2025年11月・完了・追加の説明', 100, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('シリーズG・');
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(100);
  });
});

describe('chartId(kind, ...parts)', () => {
  it.each([
    [['rounds', ['openai', 'anthropic']], 'chart-rounds-openai-anthropic'],
    [['capex', 2026], 'chart-capex-2026'],
    [['split', 'xAI 20B!'], 'chart-split-xai-20b'],
    [['markets', undefined], 'chart-markets'],
  ] as const)('chartId(%j) is %s', (args, id) => {
    expect(chartId(...(args as unknown as [string, ...string[]]))).toBe(id);
  });
});

describe('flowYAt(curve, x)', () => {
  it.each([
    [0, 0],
    [50, 50],
    [100, 100],
  ])('on flowPath(0,0 → 100,100) at x=%d is y=%d', (x, y) => {
    expect(flowYAt(0, 0, 100, 100, x)).toBeCloseTo(y, 3);
    expect(flowPath(0, 0, 100, 100)).toBe('M0,0C50,0 50,100 100,100');
  });
});
