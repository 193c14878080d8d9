import { describe, expect, it } from 'vitest';
import {
  type ChartUse,
  chartCatalogue,
  chartIdOf,
  chartsInMdx,
  chartTitle,
} from '../../../src/lib/nav/chart-catalogue';
import { embedSnippets } from '../../../src/lib/nav/embed';

const exists = (id: string) => id !== 'deleted-round';

describe('chartsInMdx', () => {
  it('reads chart tags with string, list and number props, skipping other components', () => {
    const mdx = [
      '段落。',
      '<RoundsChart ids={["a-round", "b-round"]} title="三社の資金調達" />',
      '<CapexChart year={2026} />',
      '<Unknown foo="x" />',
      '<RoundSplitChart round="xai-2025-20b" />',
    ].join('\n\n');
    expect(chartsInMdx(mdx)).toEqual([
      { component: 'RoundsChart', props: { ids: ['a-round', 'b-round'], title: '三社の資金調達' } },
      { component: 'CapexChart', props: { year: 2026 } },
      { component: 'RoundSplitChart', props: { round: 'xai-2025-20b' } },
    ]);
  });
});

describe('chartIdOf follows the components’ id rule', () => {
  it.each([
    [{ component: 'CapexChart', props: {} }, 'chart-capex-2026'],
    [{ component: 'SharesChart', props: {} }, 'chart-shares-ai-venture-money'],
    [{ component: 'MoneyNetwork', props: {} }, 'chart-network'],
    [{ component: 'MoneyNetwork', props: { companies: ['xai'] } }, 'chart-network-xai'],
    [{ component: 'GpuChart', props: { companies: ['xai'], title: 'x' } }, 'chart-gpus-xai'],
    [
      { component: 'RoundSplitChart', props: { round: 'xai-2025-20b' } },
      'chart-split-xai-2025-20b',
    ],
    [
      { component: 'RoundsChart', props: { ids: ['anthropic-series-g', 'deleted-round'] } },
      'chart-rounds-anthropic-series-g',
    ],
    [{ component: 'FundingTimeline', props: { companies: ['openai'] } }, 'chart-timeline-openai'],
    [{ component: 'RevenueChart', props: { id: 'custom' } }, 'custom'],
  ] as [ChartUse, string][])('%j -> %s', (use, id) => {
    expect(chartIdOf(use, exists)).toBe(id);
  });
});

describe('chartCatalogue', () => {
  it('keeps one entry per chart id, listing every page it appears on once', () => {
    const network = { component: 'MoneyNetwork' as const, props: {} };
    const capex = { component: 'CapexChart' as const, props: {} };
    const catalogue = chartCatalogue(
      [
        { path: '', title: 'ホーム', charts: [network] },
        { path: 'articles/a/', title: 'A', charts: [capex, network, network] },
        { path: 'articles/b/', title: 'B', charts: [capex] },
      ],
      exists,
    );
    expect(catalogue.map((c) => [c.id, c.places.map((p) => p.path)])).toEqual([
      ['chart-network', ['', 'articles/a/']],
      ['chart-capex-2026', ['articles/a/', 'articles/b/']],
    ]);
  });
  it('gives a chart only a company page shows no entry, but lists company pages on the others', () => {
    const network = { component: 'MoneyNetwork' as const, props: {} };
    const mine = { component: 'FundingTimeline' as const, props: { companies: ['x'] } };
    const catalogue = chartCatalogue(
      [
        { path: 'companies/x/', title: 'X', charts: [mine, network], ownsCharts: false },
        { path: 'articles/a/', title: 'A', charts: [network] },
      ],
      exists,
    );
    expect(catalogue.map((c) => [c.id, c.places.map((p) => p.path)])).toEqual([
      ['chart-network', ['articles/a/', 'companies/x/']],
    ]);
  });
  it('titles a chart by its title prop, else by its kind', () => {
    expect(chartTitle({ component: 'GpuChart', props: { title: 'xAIのGPU' } })).toBe('xAIのGPU');
    expect(chartTitle({ component: 'CapexChart', props: {} })).toBe(
      '2026年のAI関連設備投資: 社別の計画と報じられた合計',
    );
  });
});

describe('embedSnippets', () => {
  it('escapes the title and points the iframe at the embed view, the image at the page', () => {
    const s = embedSnippets({
      title: '"A" & <B>',
      embed: 'https://e.org/charts/x/embed/',
      page: 'https://e.org/charts/x/',
      png: 'https://e.org/charts/x/x.png',
    });
    expect(s.iframe).toContain(
      'src="https://e.org/charts/x/embed/" title="&quot;A&quot; &amp; &lt;B&gt;"',
    );
    expect(s.image).toMatch(
      /^<a href="https:\/\/e\.org\/charts\/x\/"><img src="https:\/\/e\.org\/charts\/x\/x\.png"/,
    );
  });
});
