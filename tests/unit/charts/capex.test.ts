import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../../../src/lib/charts/bar-chart-render';
import { layoutCapex } from '../../../src/lib/charts/capex-layout';
import { NARROW, WIDE } from '../../../src/lib/charts/svg-root';
import { prepareCapex, type CapexRow, type CapexSeries } from '../../../src/lib/data/series/capex';
import type { UsdAmount } from '../../../src/lib/data/series/amount';
import { cite, usd } from '../../fixtures/charts/factories';
import { realContext, realData } from '../../fixtures/charts/real';

function capex(id: string, amount: UsdAmount, conflictsWith: string[] = []): CapexRow {
  return {
    id,
    label: id,
    basis: 'forecast',
    amount,
    reportedBy: ['記事'],
    conflictsWith,
    sources: cite(),
  };
}

const synthetic: CapexSeries = {
  year: 2026,
  companies: [capex('a', usd(1150, 'at-least')), capex('b', usd(1080))],
  sum: { ...usd(2230, 'at-least') },
  missing: ['C'],
  totals: [capex('big', usd(6900), ['small']), capex('small', usd(4200), ['big'])],
};

describe.each([
  ['wide', WIDE, 1],
  ['narrow', NARROW, 0],
])('layoutCapex(series, %s)', (name, size, brackets) => {
  const placed = layoutCapex(synthetic, size);
  const bar = (id: string) => placed.rows.find((r) => r.id === id)?.bar?.bar;
  const len = (id: string) => (bar(id)?.solidEnd ?? 0) - (bar(id)?.x0 ?? 0);

  it('draws every row on one scale, so the totals keep their ratio', () => {
    expect(len('small') / len('big')).toBeCloseTo(4200 / 6900, 5);
  });

  it('draws an at-least figure with an open end past its floor', () => {
    expect(bar('a')?.shape).toBe('open');
    expect(bar('a')?.end ?? 0).toBeGreaterThan(bar('a')?.solidEnd ?? 0);
  });

  it('joins conflicting totals with a bracket where the label column leaves room', () => {
    expect(placed.brackets).toHaveLength(brackets);
  });

  it('marks the parts of the sum with separators at the running total', () => {
    const sum = placed.rows.find((r) => r.id === 'sum-2026');
    expect(sum?.separators.map((s) => s.x)).toEqual([bar('sum-2026')!.x0 + len('a')]);
  });

  it('renders the same SVG as the snapshot', async () => {
    await expect(
      renderBarChart(placed, { id: `capex-${name}`, title: '設備投資' }),
    ).toMatchFileSnapshot(`./__snapshots__/capex-synthetic-${name}.svg`);
  });
});

describe('layoutCapex(real data, 2026)', () => {
  const s = prepareCapex(realData.capex, realContext, 2026);

  it('renders the same SVG as the snapshot', async () => {
    await expect(
      renderBarChart(layoutCapex(s, WIDE), { id: 'capex-real', title: '2026年のAI設備投資' }),
    ).toMatchFileSnapshot('./__snapshots__/capex-real-wide.svg');
  });
});
