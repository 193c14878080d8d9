import { prepareTimeline } from '../../../src/lib/data/series/timeline';
import { realContext, realData } from '../../fixtures/charts/real';
import { describe, expect, it } from 'vitest';
import { overlaps } from '../../../src/lib/charts/label-placer';
import { textWidth } from '../../../src/lib/charts/text-width';
import { LABEL_GAP, LABEL_HEIGHT, layoutTimeline } from '../../../src/lib/charts/timeline-layout';
import { renderTimeline } from '../../../src/lib/charts/timeline-render';
import { NARROW, WIDE } from '../../../src/lib/charts/svg-root';
import type { UsdAmount } from '../../../src/lib/data/series/amount';
import { dateSpan } from '../../../src/lib/data/series/dates';
import type { TimelinePoint, TimelineSeries } from '../../../src/lib/data/series/timeline';
import { cite, usd } from '../../fixtures/charts/factories';

function point(id: string, date: string, amount: UsdAmount, settled = true): TimelinePoint {
  return {
    id,
    name: id.toUpperCase(),
    date,
    span: dateSpan(date),
    settled,
    statusLabel: settled ? '完了' : '交渉中',
    amount,
    conflicts: [],
    sources: cite(),
  };
}

const series: TimelineSeries = {
  points: [
    point('yearly', '2025', usd(25, 'approx')),
    point('monthly', '2025-10', usd(200), false),
    point('close-a', '2025-11', usd(150)),
    point('close-b', '2025-11-20', usd(140)),
    point('upto', '2026-01', usd(125, 'up-to')),
    point('over', '2026-02', usd(1000, 'over'), false),
  ],
  unconverted: [],
  notRounds: [],
};

describe.each([
  ['wide', WIDE],
  ['narrow', NARROW],
])('layoutTimeline(series, %s)', (name, size) => {
  const placed = layoutTimeline(series, size);
  const byId = (id: string) => placed.points.find((p) => p.id === id);

  it('places a month-precision date mid-month, between the edges of its month span', () => {
    const p = byId('monthly');
    expect(p?.span).toBeDefined();
    expect(p?.x).toBeCloseTo(((p?.span?.x1 ?? 0) + (p?.span?.x2 ?? 0)) / 2, 1);
  });

  it('spans a year-precision date across the whole year', () => {
    const year = byId('yearly')?.span;
    const month = byId('monthly')?.span;
    expect(
      ((year?.x2 ?? 0) - (year?.x1 ?? 0)) / ((month?.x2 ?? 0) - (month?.x1 ?? 1)),
    ).toBeGreaterThan(11);
  });

  it('puts larger amounts higher', () => {
    expect(byId('monthly')?.y ?? 0).toBeLessThan(byId('yearly')?.y ?? 0);
  });

  it('keeps label boxes LABEL_GAP apart and clear of every point', () => {
    const boxes = placed.points.map((p) => {
      const first = p.label[0];
      const w = Math.max(...p.label.map((l) => textWidth(l.text, 12)));
      const x1 = first?.anchor === 'end' ? (first.x ?? 0) - w : (first?.x ?? 0);
      const cy = (first?.y ?? 0) + 3;
      return { x1, x2: x1 + w, y1: cy - LABEL_HEIGHT / 2, y2: cy + LABEL_HEIGHT / 2 };
    });
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b, LABEL_GAP - 0.01)).toBe(false)),
    );
    for (const box of boxes) {
      for (const p of placed.points)
        expect(overlaps(box, { x1: p.x - 6, x2: p.x + 6, y1: p.y - 6, y2: p.y + 6 })).toBe(false);
    }
  });

  it('draws an up-to amount as a ceiling over a dashed drop and an over amount as an arrow up', () => {
    expect(byId('upto')?.bound?.kind).toBe('up-to');
    expect(byId('over')?.bound?.kind).toBe('open');
  });

  it('renders the same SVG as the snapshot', async () => {
    await expect(
      renderTimeline(placed, { id: `tl-${name}`, title: '資金調達の時系列' }),
    ).toMatchFileSnapshot(`./__snapshots__/timeline-synthetic-${name}.svg`);
  });
});

it('layoutTimeline(real rounds) renders the same SVG as the snapshot', async () => {
  const real = prepareTimeline(realData.fundingRounds, realContext);
  await expect(
    renderTimeline(layoutTimeline(real, NARROW), { id: 'tl-real', title: '時系列' }),
  ).toMatchFileSnapshot('./__snapshots__/timeline-real-narrow.svg');
});
