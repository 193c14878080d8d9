import { boundedOf } from '../../../src/lib/money/bounds';
import type { ShareSeries } from '../../../src/lib/data/series/shares';
import { cite } from '../../fixtures/charts/factories';
import { describe, expect, it } from 'vitest';
import { NARROW, WIDE } from '../../../src/lib/charts/svg-root';
import { layoutWaffle } from '../../../src/lib/charts/waffle-layout';
import { renderWaffle } from '../../../src/lib/charts/waffle-render';
import { prepareShares } from '../../../src/lib/data/series/shares';
import { realData } from '../../fixtures/charts/real';

const series = prepareShares(realData.shares, 'ai-venture-money');

describe.each([
  ['wide', WIDE],
  ['narrow', NARROW],
])('layoutWaffle(US 約80%, JP 1%未満, %s)', (name, size) => {
  const placed = layoutWaffle(series, size);
  const count = (group: string, kind: string) =>
    placed.cells.filter((c) => c.group === group && c.kind === kind).length;

  it.each([
    ['us-share-ai-venture-money-2025', 'filled', 80],
    ['jp-share-ai-venture-money-2025', 'bound', 1],
    ['rest', 'rest', 19],
  ])('draws %s as %i %s cells', (group, kind, n) => {
    expect(count(group, kind)).toBe(n);
  });

  it('draws exactly 100 cells', () => {
    expect(placed.cells).toHaveLength(100);
  });

  it('outlines the approximate 約80% and not the bound', () => {
    expect(Object.fromEntries(placed.groups.map((g) => [g.id, g.outline !== undefined]))).toEqual({
      'us-share-ai-venture-money-2025': true,
      rest: false,
      'jp-share-ai-venture-money-2025': false,
    });
  });

  it('keeps each label block below the previous one and inside the chart', () => {
    const blocks = placed.groups.map((g) => g.labels.map((l) => l.y));
    blocks
      .slice(1)
      .forEach((b, i) => expect(b[0] ?? 0).toBeGreaterThan(Math.max(...(blocks[i] ?? [])) + 12));
    expect(Math.max(...blocks.flat()) + 4).toBeLessThanOrEqual(placed.height);
  });

  it('renders the same SVG as the snapshot', async () => {
    await expect(
      renderWaffle(placed, { id: `shares-${name}`, title: 'シェア' }),
    ).toMatchFileSnapshot(`./__snapshots__/shares-real-${name}.svg`);
  });
});

it('layoutWaffle(synthetic exact shares) renders the same SVG as the snapshot', async () => {
  const synthetic: ShareSeries = {
    metric: 'm',
    of: '全体',
    parts: [
      {
        id: 'a',
        subject: 'A',
        share: boundedOf(45, 'exact'),
        label: '45%',
        basis: 'actual',
        sources: cite(),
      },
      {
        id: 'b',
        subject: 'B',
        share: boundedOf(30, 'over'),
        label: '30%超',
        basis: 'actual',
        sources: cite(),
      },
      {
        id: 'c',
        subject: 'C',
        share: boundedOf(5, 'under'),
        label: '5%未満',
        basis: 'estimate',
        sources: cite(),
      },
    ],
    rest: { lo: 20, hi: 25, approximate: false },
  };
  await expect(
    renderWaffle(layoutWaffle(synthetic, NARROW), { id: 'waffle-syn', title: 'シェア' }),
  ).toMatchFileSnapshot('./__snapshots__/shares-synthetic-narrow.svg');
});
