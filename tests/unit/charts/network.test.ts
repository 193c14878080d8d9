import type { NetworkLink, NetworkSeries } from '../../../src/lib/data/series/network';
import { cite, usd } from '../../fixtures/charts/factories';
import { describe, expect, it } from 'vitest';
import { overlaps, textBox } from '../../../src/lib/charts/label-placer';
import { buildFlowGraph, longestPathLayers } from '../../../src/lib/charts/network-graph';
import { layoutNetwork, THIN } from '../../../src/lib/charts/network-layout';
import { renderNetwork } from '../../../src/lib/charts/network-render';
import { NARROW, WIDE } from '../../../src/lib/charts/svg-root';
import { prepareNetwork } from '../../../src/lib/data/series/network';
import { realContext, realData } from '../../fixtures/charts/real';

const edge = (id: string, from: string | string[], to: string, weight = 1) => ({
  id,
  from: Array.isArray(from) ? from : [from],
  to,
  weight,
});

describe('longestPathLayers(edges)', () => {
  it.each([
    ['a chain', [edge('1', 'a', 'b'), edge('2', 'b', 'c')], { a: 0, b: 1, c: 2 }],
    [
      'a shortcut',
      [edge('1', 'a', 'b'), edge('2', 'b', 'c'), edge('3', 'a', 'c')],
      { a: 0, b: 1, c: 2 },
    ],
    ['a cycle', [edge('1', 'a', 'b'), edge('2', 'b', 'a')], { a: 1, b: 0 }],
  ])('puts %s in columns', (_name, edges, expected) => {
    expect(Object.fromEntries(longestPathLayers(edges))).toEqual(expected);
  });
});

describe('buildFlowGraph(joint deal)', () => {
  const g = buildFlowGraph([edge('jv', ['a', 'b'], 'c', 10), edge('x', 'a', 'b')], 'layered');

  it('routes each partner through one junction just before the receiver', () => {
    expect(
      g.segments.filter((s) => s.edge === 'jv').map((s) => `${s.source}>${s.target}:${s.role}`),
    ).toEqual(['a>J:jv:partner', 'b>J:jv:partner', 'J:jv>c:main']);
    expect(g.nodes.get('J:jv')?.layer).toBeCloseTo(1.65, 5);
  });

  it('duplicates a company that both pays and receives in bipartite mode', () => {
    const b = buildFlowGraph([edge('1', 'a', 'b'), edge('2', 'b', 'c')], 'bipartite');
    expect(b.columns).toEqual([
      ['L:a', 'L:b'],
      ['R:b', 'R:c'],
    ]);
  });
});

const real = prepareNetwork(realData.deals, realContext);

describe.each([
  ['wide', WIDE],
  ['narrow', NARROW],
])('layoutNetwork(real deals, %s)', (name, size) => {
  const placed = layoutNetwork(real, size);
  const main = (id: string) => placed.links.find((l) => l.id === id);

  it('draws every deal, undisclosed or not', () => {
    for (const l of real.links) expect(main(l.id)).toBeDefined();
  });

  it('orders link widths by amount (Stargate > OpenAI→Oracle > NVIDIA→OpenAI > Meta→Oracle)', () => {
    const widths = [
      'stargate-500b',
      'openai-oracle-cloud-300b',
      'nvidia-openai-100b',
      'meta-oracle-cloud-20b',
    ].map((id) => main(id)?.width ?? 0);
    expect([...widths].sort((a, b) => b - a)).toEqual(widths);
    expect(widths[3]).toBeGreaterThan(THIN);
  });

  it('labels each flow with its amount as the article writes it', () => {
    const text = (id: string) => main(id)?.labels.map((l) => l.text);
    expect(text('nvidia-openai-100b')).toEqual(['最大1000億ドル']);
    expect(text('stargate-500b')).toEqual(['最大5000億ドル', '(初期1000億ドル)']);
  });

  it('fades up-to flows, whose width is a ceiling', () => {
    expect(main('nvidia-xai-2b')?.ceiling).toBe(true);
    expect(main('nvidia-intel-5b')?.ceiling).toBe(false);
  });

  it('renders the same SVG as the snapshot', async () => {
    await expect(
      renderNetwork(placed, { id: `net-${name}`, title: '資金の流れ' }),
    ).toMatchFileSnapshot(`./__snapshots__/network-real-${name}.svg`);
  });
});

describe.each([
  ['wide', WIDE],
  ['narrow', NARROW],
])('layoutNetwork(real deals, %s) labels', (_name, size) => {
  const placed = layoutNetwork(real, size);
  const boxes = [
    ...placed.links.flatMap((l) =>
      l.labels.map((t) => ({ id: `${l.id}: ${t.text}`, box: textBox(t) })),
    ),
    ...placed.nodes.flatMap((n) => (n.label ? [{ id: n.key, box: textBox(n.label) }] : [])),
  ];

  it('keeps every amount and company label clear of every other', () => {
    const clashes = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).flatMap((b) => (overlaps(a.box, b.box) ? [`${a.id} × ${b.id}`] : [])),
    );
    expect(clashes).toEqual([]);
  });

  it('keeps every label inside the chart', () => {
    for (const { box } of boxes) {
      expect(box.x1).toBeGreaterThanOrEqual(0);
      expect(box.x2).toBeLessThanOrEqual(size.width);
    }
  });
});

it('layoutNetwork(synthetic) renders the same SVG as the snapshot', async () => {
  const link = (
    id: string,
    from: string[],
    to: string,
    amount?: NetworkLink['amount'],
  ): NetworkLink => ({
    id,
    from,
    to,
    label: id,
    kind: from.length > 1 ? 'joint-venture' : 'equity-investment',
    status: 'announced',
    amount,
    sources: cite(),
  });
  const synthetic: NetworkSeries = {
    names: { a: 'A社', b: 'B社', c: 'C社', d: 'D社', jv: '合弁' },
    links: [
      link('ab', ['a'], 'b', usd(1000, 'up-to')),
      link('bc', ['b'], 'c', usd(300)),
      link('ad', ['a'], 'd'),
      link('jv', ['b', 'd'], 'jv', usd(500, 'over')),
    ],
  };
  await expect(
    renderNetwork(layoutNetwork(synthetic, WIDE), { id: 'net-syn', title: '流れ' }),
  ).toMatchFileSnapshot('./__snapshots__/network-synthetic-wide.svg');
});
