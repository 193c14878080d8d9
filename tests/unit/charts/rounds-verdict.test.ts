import { describe, expect, it } from 'vitest';
import { layoutRounds } from '../../../src/lib/charts/rounds-layout';
import { renderRounds } from '../../../src/lib/charts/rounds-render';
import { NARROW, WIDE } from '../../../src/lib/charts/svg-root';
import { textWidth } from '../../../src/lib/charts/text-width';
import { labelText } from '../../../src/lib/charts/verdict-marks';
import type { RoundRow, RoundsSeries } from '../../../src/lib/data/series/rounds';
import { cite, usd } from '../../fixtures/charts/factories';

function row(id: string, amount: RoundRow['amount'], extra: Partial<RoundRow> = {}): RoundRow {
  return {
    id,
    company: id,
    name: id.toUpperCase(),
    detail: 'シリーズG・2025年9月・完了',
    date: '2025-09',
    status: 'closed',
    amount,
    cumulative: false,
    kind: 'round',
    conflicts: [],
    sources: cite(),
    ...extra,
  };
}

// The shape of Anthropic's Series G: the article's 150億ドル, the filing's 300億ドル.
const series: RoundsSeries = {
  rows: [
    row('checked', usd(150), { verdict: 'contradicted', primary: usd(300) }),
    row('fine', usd(200), { verdict: 'consistent' }),
    row('plain', usd(60)),
  ],
  unconverted: [],
};

describe.each([
  ['wide', WIDE],
  ['narrow', NARROW],
])('layoutRounds with fact-check verdicts (%s)', (name, size) => {
  const placed = layoutRounds(series, size);
  const [checked, fine, plain] = placed.rows;

  it('writes the verdict as a glyph and a word in the row label, not by colour alone', () => {
    const shown = (r: typeof checked) => r?.labels.map(labelText).join('\n') ?? '';
    expect(shown(checked)).toContain('× 照合: 一次資料と相違');
    expect(shown(fine)).toContain('✓ 照合: 一致');
    expect(shown(plain)).not.toContain('照合');
  });

  it('puts the verdict and the primary figure in the bar’s hover title', () => {
    expect(checked?.amount.title).toBe(
      'CHECKED 調達額: 15,000,000,000 USD・照合: 一次資料と相違(一次資料では300億ドル)',
    );
  });

  it('draws a reference tick at the primary figure, twice the article’s bar, inside the panel', () => {
    const ref = checked?.reference;
    const bar = checked?.amount.bar;
    if (!ref?.label || !bar) throw new Error('a contradicted row has a labelled reference tick');
    expect(ref.x1).toBe(ref.x2);
    expect(ref.x1 - bar.x0).toBeCloseTo(2 * (bar.end - bar.x0), 1);
    expect(ref.label.text).toBe('一次資料 300億ドル');
    const half = textWidth(ref.label.text, 12) / 2;
    expect(ref.label.x - half).toBeGreaterThanOrEqual(0);
    expect(ref.label.x + half).toBeLessThanOrEqual(placed.width);
    expect(fine?.reference).toBeUndefined();
  });

  it('keeps the reference label below the bar and above the next row', () => {
    const ref = checked?.reference;
    const nextTop = Math.min(
      ...(fine?.labels.map((l) => l.y - 12) ?? [Infinity]),
      fine?.amount.y ?? Infinity,
    );
    expect(ref?.label?.y).toBeGreaterThan((checked?.amount.y ?? 0) + 14);
    expect(ref?.label?.y).toBeLessThanOrEqual(nextTop + 12);
  });

  it(`renders the tick with its own <title> (snapshot rounds-verdict-${name}.svg)`, async () => {
    const svg = renderRounds(placed, { id: 'rv', title: '照合つき' });
    expect(svg).toContain('<g class="reference"><title>一次資料 300億ドル</title>');
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/rounds-verdict-${name}.svg`);
  });
});

describe('a reference tick just past the bar', () => {
  it.each([
    ['wide', WIDE],
    ['narrow', NARROW],
  ])('moves the value label past the tick so the tick never strikes it (%s)', (_n, size) => {
    const near: RoundsSeries = {
      rows: [
        row('near', usd(150), { verdict: 'contradicted', primary: usd(170) }),
        row('big', usd(1000)),
      ],
      unconverted: [],
    };
    const r = layoutRounds(near, size).rows[0];
    const ref = r?.reference;
    if (!r || !ref) throw new Error('a contradicted row has a reference tick');
    expect(ref.x1).toBeGreaterThan(r.amount.bar.end);
    expect(r.amount.label.x).toBeGreaterThan(ref.x1);
  });
});
