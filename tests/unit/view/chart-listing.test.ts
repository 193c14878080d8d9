import { describe, expect, it } from 'vitest';
import { realContext, realData } from '../../fixtures/charts/real';
import { networkTable, prepareNetwork } from '../../../src/lib/data/series/network';
import { prepareRounds, roundsTable } from '../../../src/lib/data/series/rounds';
import { OTHER_LINK_ID } from '../../../src/lib/data/series/network-bound';
import type { Table } from '../../../src/lib/data/table-model';
import { recordListing, splitChartTable } from '../../../src/lib/view/chart-listing';
import { companyPage } from '../../../src/lib/view/company-page';

const cite = [{ article: 'a', quote: '100億ドルを調達した。' }];

const records: Table = {
  columns: [{ label: '企業' }, { label: '調達額', numeric: true }, { label: '評価額' }],
  rows: [
    {
      id: 'x-round-1',
      cells: [
        { text: 'X' },
        { text: '100億ドル', exact: '10,000,000,000 USD', numeric: true },
        { text: '—' },
      ],
      sources: cite,
    },
    {
      id: 'x-round-2',
      cells: [{ text: 'X' }, { text: '5億ドル', exact: '500,000,000 USD', numeric: true }],
      sources: cite,
    },
  ],
};

const chart = (rows: [id: string, text: string, exact?: string][]): Table => ({
  columns: [{ label: '企業' }, { label: '調達額', numeric: true }],
  rows: rows.map(([id, text, exact]) => ({
    id,
    cells: [{ text: 'X' }, { text, ...(exact ? { exact } : {}), numeric: true }],
    sources: cite,
  })),
});

const listing = recordListing([
  { anchor: 'records-funding-rounds', title: 'ラウンド', table: records },
]);

describe('recordListing(tables)', () => {
  it('keeps each record with its section and the texts and exact values of its numeric cells', () => {
    expect(listing.sections).toEqual([{ anchor: 'records-funding-rounds', title: 'ラウンド' }]);
    expect(listing.rows.get('x-round-1')).toEqual({
      anchor: 'records-funding-rounds',
      values: new Set(['100億ドル', '10,000,000,000 USD']),
    });
  });
});

describe('splitChartTable(table, listing)', () => {
  it('keeps every row in the data table when the page lists no records', () => {
    const t = chart([['x-round-1', '100億ドル', '10,000,000,000 USD']]);
    expect(splitChartTable(t)).toEqual({ listedIn: [], rest: t });
  });

  it('leaves out the rows a records table lists with the same values, naming that table', () => {
    const split = splitChartTable(
      chart([
        ['x-round-1', '100億ドル', '10,000,000,000 USD'],
        ['x-round-2', '5億ドル', '500,000,000 USD'],
      ]),
      listing,
    );
    expect(split.listedIn.map((s) => s.anchor)).toEqual(['records-funding-rounds']);
    expect(split.rest.rows).toEqual([]);
    expect(split.rest.columns.map((c) => c.label)).toEqual(['企業', '調達額']);
  });

  it('keeps an aggregate, a value drawn otherwise than listed, and a record the page lacks', () => {
    const split = splitChartTable(
      chart([
        ['x-round-1', '100億ドル', '10,000,000,000 USD'],
        ['network-other', '105億ドル', '10,500,000,000 USD'],
        ['x-round-2', '5億ドル(初期1億ドル)', '500,000,000 USD'],
        ['y-round-1', '5億ドル', '500,000,000 USD'],
        ['x-round-1', '100億ドル', '10,000,000,001 USD'],
      ]),
      listing,
    );
    expect(split.rest.rows.map((r) => `${r.id} ${r.cells[1]?.text}`)).toEqual([
      'network-other 105億ドル',
      'x-round-2 5億ドル(初期1億ドル)',
      'y-round-1 5億ドル',
      'x-round-1 100億ドル',
    ]);
    expect(split.listedIn.map((s) => s.anchor)).toEqual(['records-funding-rounds']);
  });

  it('needs no listed value for an empty cell (—) and names no section when no row is listed', () => {
    expect(splitChartTable(chart([['x-round-1', '—']]), listing).rest.rows).toEqual([]);
    const none = splitChartTable(chart([['z', '1億ドル']]), listing);
    expect(none.listedIn).toEqual([]);
    expect(none.rest.rows.map((r) => r.id)).toEqual(['z']);
  });
});

describe('a company page with its charts (real data)', () => {
  it("lists every value of a company's rounds chart in its rounds table", () => {
    const page = companyPage(realData, 'openai', [])!;
    const table = roundsTable(
      prepareRounds(realData.fundingRounds, realContext, { companies: ['openai'] }),
    );
    const split = splitChartTable(table, page.listing);
    expect(table.rows.length).toBeGreaterThan(0);
    expect(split.listedIn.map((s) => s.anchor)).toEqual(['records-funding-rounds']);
    expect(split.rest.rows).toEqual([]);
  });

  it('keeps a round the chart draws converted from another currency in the data table', () => {
    const page = companyPage(realData, 'mistral-ai', [])!;
    const table = roundsTable(
      prepareRounds(realData.fundingRounds, realContext, { companies: ['mistral-ai'] }),
    );
    expect(table.rows[0]?.cells[2]?.exact).toContain('≈');
    expect(splitChartTable(table, page.listing).rest.rows.map((r) => r.id)).toEqual([
      'mistral-ai-2b-eur',
    ]);
  });

  it("keeps the money network's 「その他」 aggregate in the data table, and only it", () => {
    const page = companyPage(realData, 'nvidia', [])!;
    const series = prepareNetwork(realData.deals, realContext, ['nvidia'], 2);
    const split = splitChartTable(networkTable(series), page.listing);
    expect(series.links.map((l) => l.id)).toContain(OTHER_LINK_ID);
    expect(split.rest.rows.map((r) => r.id)).toEqual([OTHER_LINK_ID]);
    expect(split.listedIn.map((s) => s.anchor)).toEqual(['records-deals']);
  });
});
