import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/lib/dataset/registry';
import {
  toCsvDownload,
  toJsonDownload,
  toJsonSchema,
  toRows,
  type ExportRecord,
} from '../../../src/lib/data/export';
import { loadFxTable } from '../../../src/lib/money/fx';
import { FundingRoundSchema } from '../../../src/schemas/funding-rounds';

const ROUNDS = DATASETS.find((d) => d.name === 'funding-rounds')!;
const FX = loadFxTable(`base: USD
rates:
  - {currency: JPY, year: 2025, per_usd: 150, source: test}
  - {currency: EUR, year: 2025, per_usd: 0.8, source: test}
`);

const round = (id: string, fields: Record<string, unknown>): ExportRecord => ({
  id,
  data: FundingRoundSchema.parse({
    company: 'example-labs',
    status: 'closed',
    date: '2025-11',
    amount: '150億ドル',
    sources: [{ article: 'demo', quote: '150億ドルを調達し, "評価額"は\n3500億ドル' }],
    ...fields,
  }) as Record<string, unknown>,
});

const RECORDS = [
  round('b-yen', { amount: '約2.2兆円', investors: ['google', 'Sample Capital'] }),
  round('a-usd', {
    valuation: '3500億ドル',
    instruments: { equity: '約75億ドル', debt: '最大125億ドル' },
    sources: [
      { article: 'demo', quote: '150億ドル' },
      { article: 'other', quote: 'quote | with bar' },
    ],
  }),
  round('c-eur', { amount: '20億ユーロ', date: '2026' }),
];

const MONEY_SUFFIXES = [
  'text',
  'currency',
  'min',
  'max',
  'qualifier',
  'usd_min',
  'usd_max',
  'usd_rate',
];

describe('toRows(funding-rounds)', () => {
  const { header, rows } = toRows(ROUNDS, RECORDS, FX);
  const cell = (id: string, column: string) =>
    rows.find((row) => row[0] === id)![header.indexOf(column)];

  it('toRows header starts with id and gives eight columns per money field', () => {
    expect(header.slice(0, 5)).toEqual(['id', 'company', 'round', 'status', 'date']);
    for (const field of ['amount', 'valuation', 'instruments_equity', 'instruments_debt']) {
      const at = header.indexOf(`${field}_text`);
      expect(header.slice(at, at + 8)).toEqual(MONEY_SUFFIXES.map((s) => `${field}_${s}`));
    }
    expect(header).toContain('source_articles');
    expect(header).toContain('source_quotes');
  });

  it('toRows sorts records by id', () => {
    expect(rows.map((row) => row[0])).toEqual(['a-usd', 'b-yen', 'c-eur']);
  });

  it.each<[string, string, unknown]>([
    ['a-usd', 'amount_min', 15e9],
    ['a-usd', 'amount_usd_rate', 1],
    ['a-usd', 'instruments_debt_min', null],
    ['a-usd', 'instruments_debt_max', 125e8],
    ['a-usd', 'instruments_debt_qualifier', 'up-to'],
    ['a-usd', 'source_articles', 'demo | other'],
    ['a-usd', 'source_quotes', '150億ドル | quote | with bar'],
    ['b-yen', 'amount_currency', 'JPY'],
    ['b-yen', 'amount_usd_min', Math.round(2.2e12 / 150)],
    ['b-yen', 'amount_usd_rate', 150],
    ['b-yen', 'investors', 'google; Sample Capital'],
    ['c-eur', 'amount_usd_rate', undefined],
  ])('toRows cell (%s, %s) is %j', (id, column, expected) => {
    expect(cell(id, column)).toEqual(expected);
  });
});

describe('toCsvDownload', () => {
  const text = toCsvDownload(ROUNDS, RECORDS, FX);

  it('toCsvDownload writes BOM, CRLF rows and parses back with d3 csvParse', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    const { header, rows } = toRows(ROUNDS, RECORDS, FX);
    const parsed = csvParse(text.slice(1));
    expect(parsed.columns).toEqual(header);
    expect(parsed.map((row) => header.map((h) => row[h]))).toEqual(
      rows.map((row) => row.map((c) => (c === null || c === undefined ? '' : String(c)))),
    );
  });

  it('toCsvDownload keeps a quote with comma, double quotes and newline in one cell', () => {
    const parsed = csvParse(text.slice(1));
    expect(parsed.find((row) => row.id === 'b-yen')!.source_quotes).toBe(
      '150億ドルを調達し, "評価額"は\n3500億ドル',
    );
  });
});

describe('toJsonDownload', () => {
  const json = JSON.parse(toJsonDownload(ROUNDS, RECORDS, FX));

  it('toJsonDownload is the same whatever the input order', () => {
    expect(toJsonDownload(ROUNDS, [...RECORDS].reverse(), FX)).toBe(
      toJsonDownload(ROUNDS, RECORDS, FX),
    );
  });

  it('toJsonDownload lists records by id with fields in schema order', () => {
    expect(json.dataset).toBe('funding-rounds');
    expect(json.generated_from).toBe('data/funding-rounds/');
    expect(json.records.map((r: { id: string }) => r.id)).toEqual(['a-usd', 'b-yen', 'c-eur']);
    expect(Object.keys(json.records[0])).toEqual([
      'id',
      'company',
      'status',
      'date',
      'amount',
      'valuation',
      'instruments',
      'sources',
    ]);
  });

  it('toJsonDownload adds USD bounds and rate to each parsed amount', () => {
    expect(json.records[1].amount).toMatchObject({
      currency: 'JPY',
      min: 2.2e12,
      text: '約2.2兆円',
      usd: { min: Math.round(2.2e12 / 150), max: Math.round(2.2e12 / 150), rate: 150 },
    });
    expect(json.records[0].instruments.debt.usd).toEqual({ min: null, max: 125e8, rate: 1 });
    expect(json.records[2].amount.usd).toBeNull();
  });
});

describe('toJsonSchema', () => {
  it.each(DATASETS.map((d) => [d.name, d] as const))(
    'toJsonSchema(%s) lists the schema keys and no others',
    (_, dataset) => {
      const schema = JSON.parse(toJsonSchema(dataset));
      expect(schema.title).toBe(dataset.title);
      expect(schema.type).toBe('object');
      expect(schema.additionalProperties).toBe(false);
      expect(Object.keys(schema.properties).length).toBeGreaterThan(2);
    },
  );

  it('toJsonSchema(funding-rounds) takes amounts as text or {value, currency} and dates as strings', () => {
    const schema = JSON.parse(toJsonSchema(ROUNDS));
    expect(schema.properties.amount.anyOf.map((s: { type: string }) => s.type)).toEqual([
      'string',
      'object',
    ]);
    expect(schema.properties.date).toMatchObject({ type: 'string' });
    expect(schema.required).toEqual(['company', 'status', 'date', 'amount', 'sources']);
  });
});
