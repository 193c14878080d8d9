import { boundedOf } from '../../../src/lib/money/bounds';
import type { GpuSeries } from '../../../src/lib/data/series/gpus';
import { cite } from '../../fixtures/charts/factories';
import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../../../src/lib/charts/bar-chart-render';
import { layoutGpus } from '../../../src/lib/charts/gpus-layout';
import { NARROW, WIDE } from '../../../src/lib/charts/svg-root';
import { prepareGpus } from '../../../src/lib/data/series/gpus';
import { realContext, realData } from '../../fixtures/charts/real';

const series = prepareGpus(realData.gpuClusters, realContext);

describe.each([
  ['wide', WIDE],
  ['narrow', NARROW],
])('layoutGpus(xAI 約10万 → 100万以上, %s)', (name, size) => {
  const placed = layoutGpus(series, size);
  const [small, large] = placed.rows.map((r) => r.bar?.bar);

  it('draws 100万 ten times as long as 10万', () => {
    expect(
      ((large?.solidEnd ?? 0) - (large?.x0 ?? 0)) / ((small?.end ?? 0) - (small?.x0 ?? 1)),
    ).toBeCloseTo(10, 5);
  });

  it('gives 100万基以上 an open end and 約10万基 a dashed outline', () => {
    expect(large?.shape).toBe('open');
    expect(small?.approximate).toBe(true);
  });

  it('renders the same SVG as the snapshot', async () => {
    await expect(renderBarChart(placed, { id: `gpu-${name}`, title: 'GPU' })).toMatchFileSnapshot(
      `./__snapshots__/gpus-real-${name}.svg`,
    );
  });
});

it('layoutGpus(synthetic) renders the same SVG as the snapshot', async () => {
  const synthetic: GpuSeries = {
    groups: [
      {
        key: 'a:site',
        label: 'A・拠点',
        rows: [
          {
            id: 'built',
            gpus: boundedOf(200000, 'exact'),
            label: '20万基',
            basis: 'actual',
            sources: cite(),
          },
          {
            id: 'plan',
            gpus: boundedOf(500000, 'up-to'),
            label: '最大50万基',
            basis: 'plan',
            sources: cite(),
          },
        ],
      },
    ],
  };
  await expect(
    renderBarChart(layoutGpus(synthetic, WIDE), { id: 'gpu-syn', title: 'GPU' }),
  ).toMatchFileSnapshot('./__snapshots__/gpus-synthetic-wide.svg');
});
