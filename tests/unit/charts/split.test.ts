import { prepareSplit } from '../../../src/lib/data/series/split';
import { realContext, realData } from '../../fixtures/charts/real';
import { describe, expect, it } from 'vitest';
import { layoutSplit } from '../../../src/lib/charts/split-layout';
import { renderSplit } from '../../../src/lib/charts/split-render';
import { NARROW, WIDE } from '../../../src/lib/charts/svg-root';
import { textWidth } from '../../../src/lib/charts/text-width';
import type { SplitSeries } from '../../../src/lib/data/series/split';
import { cite, usd } from '../../fixtures/charts/factories';

const series: SplitSeries = {
  id: 'round',
  name: 'XAI',
  detail: '2025年10月・交渉中',
  total: usd(200),
  parts: [
    { key: 'equity', label: '株式', amount: usd(75, 'approx') },
    { key: 'debt', label: '債務', amount: usd(125, 'up-to') },
  ],
  inside: [
    {
      id: 'deal',
      part: 'equity',
      name: 'NVIDIA',
      statusLabel: '交渉中',
      amount: usd(20, 'up-to'),
      sources: cite(2),
    },
  ],
  sources: cite(1),
};

describe.each([
  ['wide', WIDE],
  ['narrow', NARROW],
])('layoutSplit(series, %s)', (name, size) => {
  const placed = layoutSplit(series, size);
  const [equity, debt] = placed.parts;
  const nvidia = placed.inside[0];

  it('stacks the parts end to end, each as long as its amount', () => {
    expect(debt?.bar.x0).toBeCloseTo(equity?.bar.end ?? NaN, 5);
    const len = (b: typeof equity) => (b ? b.bar.end - b.bar.x0 : NaN);
    expect(len(debt) / len(equity)).toBeCloseTo(125 / 75, 5);
  });

  it('draws the up-to debt as a ceiling and the approximate equity with a dashed outline', () => {
    expect(debt?.bar.shape).toBe('up-to');
    expect(equity?.bar.approximate).toBe(true);
  });

  it('draws the investor share inside its part, starting where the part starts', () => {
    expect(nvidia?.bar.x0).toBe(equity?.bar.x0);
    expect(nvidia?.bar.end ?? Infinity).toBeLessThan(equity?.bar.end ?? 0);
  });

  it('spans the total bracket over the whole bar', () => {
    expect(placed.bracket.x2).toBeCloseTo(debt?.bar.end ?? NaN, 5);
  });

  it('packs labels so that none overlap', () => {
    const boxes = placed.labels.map((l) => {
      const t = l.lines[0];
      return { x1: t?.x ?? 0, x2: (t?.x ?? 0) + textWidth(t?.text ?? '', 12), y: t?.y ?? 0 };
    });
    boxes.forEach((a, i) =>
      boxes
        .slice(i + 1)
        .forEach((b) => expect(a.y !== b.y || a.x2 <= b.x1 || b.x2 <= a.x1).toBe(true)),
    );
    for (const b of boxes) expect(b.x2).toBeLessThanOrEqual(size.width);
  });

  it('renders the same SVG as the snapshot', async () => {
    await expect(renderSplit(placed, { id: `split-${name}`, title: '内訳' })).toMatchFileSnapshot(
      `./__snapshots__/split-synthetic-${name}.svg`,
    );
  });
});

it('layoutSplit(real xAI round) renders the same SVG as the snapshot', async () => {
  const real = prepareSplit('xai-2025-20b', realData.fundingRounds, realData.deals, realContext);
  if (!real) throw new Error('the extract lacks xai-2025-20b');
  await expect(
    renderSplit(layoutSplit(real, WIDE), { id: 'split-real', title: '内訳' }),
  ).toMatchFileSnapshot('./__snapshots__/split-real-wide.svg');
});
