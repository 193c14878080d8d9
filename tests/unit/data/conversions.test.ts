import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleConversions } from '../../../src/lib/data/conversions';
import { loadFxTable } from '../../../src/lib/money/fx';

const table = loadFxTable(readFileSync('data/fx-rates.yaml', 'utf8'));

describe('articleConversions', () => {
  it('finds each printed yen conversion and the rate it implies', () => {
    const rows = articleConversions(
      [{ slug: 'a', text: '評価額8300億ドル(約124兆円)で1000億ドル（約15兆円）の調達。' }],
      table,
      () => 2026,
    );
    expect(rows.map((r) => [r.usd.text, r.local.text, Number(r.impliedRate.toFixed(1))])).toEqual([
      ['8300億ドル', '約124兆円', 149.4],
      ['1000億ドル', '約15兆円', 150],
    ]);
    expect(rows.every((r) => !r.outlier)).toBe(true);
  });

  it('flags a conversion that strays beyond the tolerance', () => {
    const [row] = articleConversions(
      [{ slug: 'a', text: '100億ドル(約2兆円)' }],
      table,
      () => 2025,
    );
    expect(row?.outlier).toBe(true);
    expect(row?.deviation).toBeCloseTo(200 / 150 - 1, 5);
  });

  it('skips years the table has no rate for', () => {
    expect(
      articleConversions([{ slug: 'a', text: '100億ドル(約1.5兆円)' }], table, () => 1999),
    ).toEqual([]);
  });
});
