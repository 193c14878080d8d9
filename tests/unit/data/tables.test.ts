import { describe, expect, it } from 'vitest';
import { tableOf } from '../../../src/lib/data/tables';
import type { Money } from '../../../src/lib/money/types';

const usd = (value: number, text: string): Money => ({
  currency: 'USD',
  min: value,
  max: value,
  qualifier: 'exact',
  approximate: false,
  text,
});
const src = [{ article: 'a', quote: 'q' }];
const name = (id: string) => id.toUpperCase();

describe('tableOf', () => {
  it('lists funding rounds newest first, marking a date that is only a report date', () => {
    const table = tableOf(
      'fundingRounds',
      [
        {
          id: 'old',
          company: 'a',
          status: 'closed',
          date: '2025-11',
          amount: usd(15e9, '150億ドル'),
          sources: src,
        },
        {
          id: 'new',
          company: 'b',
          status: 'announced',
          date: '2026-02',
          date_basis: 'reported',
          amount: usd(12e9, '120億ドル'),
          sources: src,
        },
      ],
      name,
    );
    expect(table.rows.map((r) => r.id)).toEqual(['new', 'old']);
    const when = table.columns.findIndex((c) => c.label === '時期');
    expect(table.rows[0]?.cells[when]?.text).toBe('2026-02(報道時点)');
    const amount = table.columns.findIndex((c) => c.label === '調達額');
    expect(table.rows[1]?.cells[amount]).toMatchObject({ text: '150億ドル', numeric: true });
    expect(table.rows[1]?.cells[0]).toEqual({ text: 'A', company: 'a' });
  });

  it('writes GPU counts the way the articles do, with the exact count on hover', () => {
    const table = tableOf(
      'gpuClusters',
      [{ id: 'g', company: 'xai', gpus: 100000, qualifier: 'approx', basis: 'plan', sources: src }],
      name,
    );
    expect(table.rows[0]?.cells.at(-1)).toEqual({
      text: '約10万基',
      exact: '100,000基',
      numeric: true,
    });
  });

  it('carries notes and conflicts so pages can show them beside the figures', () => {
    const table = tableOf(
      'capex',
      [
        {
          id: 'x',
          companies: ['google'],
          year: 2026,
          amount: usd(69e10, '6900億ドル'),
          basis: 'forecast',
          scope: 'AI',
          notes: '食い違う',
          conflicts_with: ['y'],
          sources: src,
        },
      ],
      name,
    );
    expect(table.rows[0]).toMatchObject({ notes: '食い違う', conflicts: ['y'] });
  });
});
