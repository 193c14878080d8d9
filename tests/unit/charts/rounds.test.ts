import { prepareRounds } from '../../../src/lib/data/series/rounds';
import { realContext, realData } from '../../fixtures/charts/real';
import { describe, expect, it } from 'vitest';
import { layoutRounds } from '../../../src/lib/charts/rounds-layout';
import { renderRounds } from '../../../src/lib/charts/rounds-render';
import { NARROW, WIDE } from '../../../src/lib/charts/svg-root';
import { textWidth } from '../../../src/lib/charts/text-width';
import type { RoundRow, RoundsSeries } from '../../../src/lib/data/series/rounds';
import { cite, usd } from '../../fixtures/charts/factories';

function row(id: string, amount: RoundRow['amount'], valuation?: RoundRow['valuation']): RoundRow {
  return {
    id,
    company: id,
    name: id.toUpperCase(),
    detail: 'シリーズA・2025年11月・完了',
    date: '2025-11',
    status: 'closed',
    amount,
    valuation,
    cumulative: false,
    kind: 'round',
    conflicts: [],
    sources: cite(),
  };
}

const series: RoundsSeries = {
  rows: [
    row('big', usd(1000), usd(8300)),
    row('mid', usd(150), usd(3500)),
    row('upto', usd(125, 'up-to')),
    row('range', usd([200, 260]), usd(300, 'over')),
  ],
  unconverted: [],
};

describe.each([
  ['wide', WIDE],
  ['narrow', NARROW],
])('layoutRounds(series, %s)', (_name, size) => {
  const placed = layoutRounds(series, size);
  const [big, mid] = placed.rows;

  it('draws amount bars proportional to the amounts', () => {
    const len = (r: typeof big) => (r ? r.amount.bar.end - r.amount.bar.x0 : NaN);
    expect(len(mid) / len(big)).toBeCloseTo(150 / 1000, 3);
  });

  it('gives valuations their own scale, so the largest valuation is as long as the largest amount panel allows', () => {
    const val = big?.valuation;
    expect(val && 'bar' in val ? val.bar.end - val.bar.x0 : 0).toBeGreaterThan(
      (big?.amount.bar.end ?? 0) - (big?.amount.bar.x0 ?? 0) - 40,
    );
  });

  it('keeps every bar label inside the chart', () => {
    for (const r of placed.rows) {
      for (const b of [r.amount, r.valuation]) {
        if ('bar' in b)
          expect(b.label.x + textWidth(b.label.text, 12)).toBeLessThanOrEqual(placed.width);
      }
    }
  });

  it('draws an up-to amount as a ceiling with nothing certain below it', () => {
    const bar = placed.rows[2]?.amount.bar;
    expect(bar?.shape).toBe('up-to');
    expect(bar?.solidEnd).toBe(bar?.x0);
  });

  it('draws a range from its minimum to its maximum', () => {
    const bar = placed.rows[3]?.amount.bar;
    const len = (v: number) =>
      (v / 1000) * ((big?.amount.bar.end ?? 0) - (big?.amount.bar.x0 ?? 0));
    expect(bar?.shape).toBe('range');
    expect((bar?.solidEnd ?? 0) - (bar?.x0 ?? 0)).toBeCloseTo(len(200), 1);
    expect((bar?.end ?? 0) - (bar?.x0 ?? 0)).toBeCloseTo(len(260), 1);
  });

  it('notes a missing valuation in words', () => {
    const v = placed.rows[2]?.valuation;
    expect(v && 'text' in v ? v.text : '').toBe('評価額の報道なし');
  });

  it('renders the same SVG as the snapshot', async () => {
    const svg = renderRounds(placed, { id: `rounds-${_name}`, title: '資金調達' });
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/rounds-synthetic-${_name}.svg`);
  });
});

it('layoutRounds(real rounds) renders the same SVG as the snapshot', async () => {
  const real = prepareRounds(realData.fundingRounds, realContext);
  await expect(
    renderRounds(layoutRounds(real, WIDE), { id: 'rounds-real', title: '資金調達' }),
  ).toMatchFileSnapshot('./__snapshots__/rounds-real-wide.svg');
});
