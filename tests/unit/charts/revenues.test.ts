import type { RevenueSeries } from '../../../src/lib/data/series/revenues';
import { cite, usd } from '../../fixtures/charts/factories';
import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../../../src/lib/charts/bar-chart-render';
import { layoutRevenues, revenueRows } from '../../../src/lib/charts/revenues-layout';
import { NARROW, WIDE } from '../../../src/lib/charts/svg-root';
import { prepareRevenues } from '../../../src/lib/data/series/revenues';
import { realContext, realData } from '../../fixtures/charts/real';

const real = prepareRevenues(realData.revenues, realContext);

describe('revenueRows(real data)', () => {
  const rows = revenueRows(real);
  const row = (id: string) => rows.find((r) => r.id === id);

  it.each([
    ['anthropic-arr-2025-mid', 'ARR 50億ドル', 'actual'],
    ['anthropic-arr-2026-forecast', 'ARR 260億ドル', 'forecast'],
    ['openai-revenue-2026-forecast', '200億〜260億ドル', 'forecast'],
    ['nvidia-revenue-fy2025', '1305億ドル', 'actual'],
  ])('labels %s as %s, painted %s', (id, label, variant) => {
    expect(row(id)).toMatchObject({ label, variant });
  });

  it('draws NVIDIA data-centre revenue inside total revenue with its share', () => {
    expect(row('nvidia-revenue-fy2025')).toMatchObject({
      inner: { label: 'うちデータセンター 512億ドル(39%)' },
    });
    expect(row('nvidia-data-center-revenue-fy2025')).toBeUndefined();
  });
});

describe.each([
  ['wide', WIDE],
  ['narrow', NARROW],
])('layoutRevenues(real data, %s)', (name, size) => {
  const placed = layoutRevenues(real, size);
  const r = (id: string) => placed.rows.find((x) => x.id === id);

  it('draws the segment as long as its share of the revenue bar', () => {
    const outer = r('nvidia-revenue-fy2025')?.bar?.bar;
    const inner = r('nvidia-revenue-fy2025')?.inner?.bar;
    expect(
      ((inner?.end ?? 0) - (inner?.x0 ?? 0)) / ((outer?.end ?? 0) - (outer?.x0 ?? 1)),
    ).toBeCloseTo(512 / 1305, 5);
  });

  it('draws the forecast range from 200億 to 260億', () => {
    expect(r('openai-revenue-2026-forecast')?.bar?.bar.shape).toBe('range');
  });

  it('renders the same SVG as the snapshot', async () => {
    await expect(
      renderBarChart(placed, { id: `rev-${name}`, title: '売上高' }),
    ).toMatchFileSnapshot(`./__snapshots__/revenues-real-${name}.svg`);
  });
});

it('layoutRevenues(synthetic) renders the same SVG as the snapshot', async () => {
  const synthetic: RevenueSeries = {
    companies: [
      {
        id: 'lab',
        name: 'LAB',
        rows: [
          {
            id: 'a',
            period: '2025',
            year: 2025,
            metric: 'arr',
            basis: 'actual',
            amount: usd(50),
            parts: [],
            sources: cite(),
          },
          {
            id: 'b',
            period: '2026',
            year: 2026,
            metric: 'revenue',
            basis: 'forecast',
            amount: usd([200, 260]),
            parts: [],
            sources: cite(),
          },
          {
            id: 'c',
            period: 'FY2025',
            year: 2025,
            metric: 'revenue',
            basis: 'actual',
            amount: usd(300),
            parts: [{ id: 'd', segment: 'DC', amount: usd(120), share: 40, sources: cite() }],
            sources: cite(),
          },
        ],
      },
    ],
  };
  await expect(
    renderBarChart(layoutRevenues(synthetic, NARROW), { id: 'rev-syn', title: '売上' }),
  ).toMatchFileSnapshot('./__snapshots__/revenues-synthetic-narrow.svg');
});
