import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../../../src/lib/charts/bar-chart-render';
import { layoutCapex } from '../../../src/lib/charts/capex-layout';
import { overlaps, textBox } from '../../../src/lib/charts/label-placer';
import { layoutNetwork } from '../../../src/lib/charts/network-layout';
import { layoutRevenues } from '../../../src/lib/charts/revenues-layout';
import { NARROW, WIDE } from '../../../src/lib/charts/svg-root';
import { layoutTimeline } from '../../../src/lib/charts/timeline-layout';
import { renderTimeline } from '../../../src/lib/charts/timeline-render';
import {
  addVerdict,
  checkedTitle,
  labelText,
  verdictLine,
  verdictTag,
} from '../../../src/lib/charts/verdict-marks';
import { textWidth } from '../../../src/lib/charts/text-width';
import type { CapexRow, CapexSeries } from '../../../src/lib/data/series/capex';
import { dateSpan } from '../../../src/lib/data/series/dates';
import type { NetworkSeries } from '../../../src/lib/data/series/network';
import type { RevenueSeries } from '../../../src/lib/data/series/revenues';
import type { TimelinePoint, TimelineSeries } from '../../../src/lib/data/series/timeline';
import { VERDICTS } from '../../../src/schemas/checks';
import { VERDICT_LABELS, VERDICT_MARKS } from '../../../src/lib/verdicts';
import { cite, usd } from '../../fixtures/charts/factories';

const capex = (id: string, oku: number, extra: Partial<CapexRow> = {}): CapexRow => ({
  id,
  label: id.toUpperCase(),
  basis: 'plan',
  amount: usd(oku),
  reportedBy: ['記事'],
  conflictsWith: [],
  sources: cite(),
  ...extra,
});

// The shape of Microsoft's capex: the article's 990億ドル, a later statement's 1900億ドル.
const capexSeries: CapexSeries = {
  year: 2026,
  companies: [
    capex('checked', 990, { verdict: 'contradicted', primary: usd(1900) }),
    capex('fine', 1080, { verdict: 'consistent' }),
    capex('plain', 500),
  ],
  missing: [],
  totals: [],
};

describe('the shared verdict words', () => {
  it.each([...VERDICTS])('write %s as its mark and label, never by colour alone', (v) => {
    expect(verdictLine(v)).toBe(`${VERDICT_MARKS[v]} 照合: ${VERDICT_LABELS[v]}`);
    expect(verdictTag({ verdict: v })).toBe(`${VERDICT_MARKS[v]}${VERDICT_LABELS[v]}`);
  });

  it('follow the last label as a tail when it fits, else take a line of their own', () => {
    const detail = { x: 0, y: 30, text: '計画', cls: 'muted' };
    const wide = textWidth('計画 × 照合: 一次資料と相違', 12);
    const tailed = addVerdict([detail], { verdict: 'contradicted' }, { maxWidth: wide, line: 15 });
    expect(tailed).toEqual([
      {
        ...detail,
        tail: { text: ' × 照合: 一次資料と相違', cls: 'verdict verdict-contradicted' },
      },
    ]);
    const own = addVerdict([detail], { verdict: 'contradicted' }, { maxWidth: wide - 1, line: 15 });
    expect(own).toEqual([
      detail,
      { x: 0, y: 45, text: '× 照合: 一次資料と相違', cls: 'verdict verdict-contradicted' },
    ]);
    expect(addVerdict([detail], undefined, { maxWidth: 999, line: 15 })).toEqual([detail]);
  });

  it('name the primary figure in the hover suffix only when there is one', () => {
    expect(checkedTitle({ verdict: 'contradicted', primary: usd(300) })).toBe(
      '・照合: 一次資料と相違(一次資料では300億ドル)',
    );
    expect(checkedTitle({ verdict: 'stale' })).toBe('・照合: 古い情報');
    expect(checkedTitle(undefined)).toBe('');
  });
});

describe.each([
  ['wide', WIDE],
  ['narrow', NARROW],
])('bar rows with fact checks (capex, %s)', (_name, size) => {
  const placed = layoutCapex(capexSeries, size);
  const row = (id: string) => placed.rows.find((r) => r.id === id);
  const checked = row('checked');

  it('writes the verdict line under the name of every checked row, and only there', () => {
    const shown = (id: string) => row(id)?.labels.map(labelText).join('\n') ?? '';
    expect(shown('checked')).toContain('× 照合: 一次資料と相違');
    expect(shown('fine')).toContain('✓ 照合: 一致');
    expect(shown('plain')).not.toContain('照合');
  });

  it('puts the verdict and the primary figure in the bar’s hover title', () => {
    expect(checked?.bar?.title).toBe(
      'CHECKED: 99,000,000,000 USD・照合: 一次資料と相違(一次資料では1900億ドル)',
    );
  });

  it('draws a reference tick at the primary figure inside the chart, labelled under the bar', () => {
    const [ref] = checked?.references ?? [];
    const bar = checked?.bar;
    if (!ref?.label || !bar) throw new Error('a contradicted row has a labelled tick');
    expect(ref.x1).toBe(ref.x2);
    expect((ref.x1 - bar.bar.x0) / (bar.bar.end - bar.bar.x0)).toBeCloseTo(1900 / 990, 1);
    expect(ref.x1).toBeLessThanOrEqual(size.width);
    expect(ref.label.text).toBe('一次資料 1900億ドル');
    expect(ref.label.y).toBeGreaterThan(bar.y + bar.height);
    expect(ref.title).toBe('一次資料 1900億ドル');
    const next = row('fine');
    const nextTop = Math.min(...(next?.labels.map((l) => l.y - 12) ?? []), next?.bar?.y ?? 0);
    expect(ref.label.y).toBeLessThanOrEqual(nextTop);
    expect(row('fine')?.references).toEqual([]);
  });

  it('renders the tick as a group named by its own <title>', () => {
    const svg = renderBarChart(placed, { id: 'cx', title: '照合' });
    expect(svg).toContain('<g class="reference"><title>一次資料 1900億ドル</title><path d="M');
    expect(svg.match(/class="reference"/g)).toHaveLength(1);
  });
});

describe('a checked part inside a bar (revenue segment)', () => {
  const series: RevenueSeries = {
    companies: [
      {
        id: 'n',
        name: 'N',
        rows: [
          {
            id: 'total',
            period: 'FY2025',
            year: 2025,
            metric: 'revenue',
            basis: 'actual',
            amount: usd(1305),
            verdict: 'consistent',
            parts: [
              {
                id: 'dc',
                segment: 'データセンター',
                amount: usd(512),
                verdict: 'contradicted',
                primary: usd(1152),
                sources: cite(),
              },
            ],
            sources: cite(),
          },
        ],
      },
    ],
  };

  it.each([
    ['wide', WIDE],
    ['narrow', NARROW],
  ])('names both verdicts and ticks the part at its primary figure (%s)', (_n, size) => {
    const r = layoutRevenues(series, size).rows[0];
    const shown = r?.labels.map(labelText).join('\n') ?? '';
    expect(shown).toContain('✓ 照合: 一致');
    expect(shown).toContain('× 内訳: 一次資料と相違');
    const [ref] = r?.references ?? [];
    if (!ref?.label || !r?.inner || !r.bar) throw new Error('the part has a labelled tick');
    expect(ref.y1).toBeLessThan(r.inner.y);
    expect(ref.label.y).toBeGreaterThan(r.inner.label.y);
    expect(r.inner.title).toContain('一次資料では1152億ドル');
  });
});

describe.each([
  ['wide', WIDE],
  ['narrow', NARROW],
])('a timeline with a contradicted round (%s)', (_name, size) => {
  const point = (id: string, date: string, oku: number, extra: Partial<TimelinePoint> = {}) => ({
    id,
    name: id.toUpperCase(),
    date,
    span: dateSpan(date),
    settled: true,
    statusLabel: '完了',
    amount: usd(oku),
    conflicts: [],
    sources: cite(),
    ...extra,
  });
  const series: TimelineSeries = {
    points: [
      point('early', '2025-03', 35),
      point('checked', '2025-09', 60, { verdict: 'contradicted', primary: usd(130) }),
      point('late', '2025-10', 120, { verdict: 'consistent' }),
    ],
    unconverted: [],
    notRounds: [],
  };
  const placed = layoutTimeline(series, size);
  const p = (id: string) => placed.points.find((x) => x.id === id);

  it('labels the point with its verdict, and names the primary figure in its hover', () => {
    // Phones drop the word 照合 (the hover title keeps it) and put a long verdict on its own line.
    expect(p('checked')?.label.map(labelText)).toEqual(
      size === NARROW
        ? ['CHECKED', '× 一次資料と相違', '60億ドル']
        : ['CHECKED × 照合: 一次資料と相違', '60億ドル'],
    );
    expect(p('late')?.label.map(labelText)).toContain(
      size === NARROW ? 'LATE ✓ 一致' : 'LATE ✓ 照合: 一致',
    );
    expect(p('early')?.label).toHaveLength(2);
    expect(p('checked')?.title).toContain('・照合: 一次資料と相違(一次資料では130億ドル)');
  });

  it('ticks the primary figure on the amount axis above the point, with its own hover', () => {
    const pt = p('checked');
    const ref = pt?.reference;
    if (!pt || !ref) throw new Error('a contradicted round has a reference tick');
    expect(ref.y1).toBe(ref.y2);
    expect(ref.y1).toBeLessThan(pt.y);
    expect(ref.x1).toBeLessThan(pt.x);
    expect(ref.x2).toBeGreaterThan(pt.x);
    expect(ref.y1).toBeGreaterThanOrEqual(placed.plot.y1);
    expect(ref.title).toBe('一次資料 130億ドル');
    expect(p('late')?.reference).toBeUndefined();
  });

  it('keys the tick in the legend only when a tick is drawn', () => {
    expect(placed.legend.map((l) => l.label)).toContain('横線: 一次資料の額');
    const plain = layoutTimeline({ ...series, points: series.points.slice(0, 1) }, size);
    expect(plain.legend.map((l) => l.label)).not.toContain('横線: 一次資料の額');
  });

  it('keeps every label line clear of the reference tick', () => {
    const ref = p('checked')?.reference;
    if (!ref) throw new Error('tick');
    const tick = { x1: ref.x1, x2: ref.x2, y1: ref.y1 - 1, y2: ref.y2 + 1 };
    const lines = placed.points.flatMap((q) => q.label);
    expect(lines.filter((l) => overlaps(textBox(l), tick))).toEqual([]);
  });

  it('renders the tick once, named by its <title>', () => {
    const svg = renderTimeline(placed, { id: 'tl', title: '時系列' });
    expect(svg).toContain('<g class="reference"><title>一次資料 130億ドル</title>');
    expect(svg.match(/<g class="reference"><title>/g)).toHaveLength(1);
  });
});

describe('a money network with checked flows', () => {
  const link = (id: string, to: string, oku: number, verdict?: 'partly' | 'contradicted') => ({
    id,
    from: ['a'],
    to,
    label: id,
    kind: 'equity-investment' as const,
    status: 'announced' as const,
    amount: usd(oku),
    verdict,
    primary: verdict === 'contradicted' ? usd(30) : undefined,
    sources: cite(),
  });
  const series: NetworkSeries = {
    names: { a: 'A社', b: 'B社', c: 'C社', d: 'D社' },
    links: [
      link('ab', 'b', 100, 'contradicted'),
      link('ac', 'c', 20, 'partly'),
      link('ad', 'd', 5),
    ],
  };

  it.each([
    ['wide', WIDE],
    ['narrow', NARROW],
  ])('writes the verdict beside the amount and in the hover title (%s)', (_n, size) => {
    const placed = layoutNetwork(series, size);
    const l = (id: string) => placed.links.find((x) => x.id === id);
    const texts = (id: string) => l(id)?.labels.map((t) => t.text) ?? [];
    expect(texts('ab')).toEqual(['100億ドル', '×一次資料と相違(一次資料 30億ドル)']);
    expect(texts('ac')).toEqual(['20億ドル', '△一部相違']);
    expect(texts('ad')).toEqual(['5億ドル']);
    expect(l('ab')?.title).toContain('・照合: 一次資料と相違(一次資料では30億ドル)');
    const [amount, tag] = l('ab')?.labels ?? [];
    if (!amount || !tag) throw new Error('two labels');
    expect(overlaps(textBox(amount), textBox(tag))).toBe(false);
  });
});
