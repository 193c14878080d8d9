import { describe, expect, it } from 'vitest';
import { CheckSchema } from '../../../src/schemas/checks';
import { CHECK_COLUMNS, checkExtra } from '../../../src/lib/checks/export';
import { toJsonDownload, toRows } from '../../../src/lib/data/export';
import { datasetNamed } from '../../../src/lib/dataset/registry';
import type { CheckRecord } from '../../../src/lib/checks/select';

const check: CheckRecord = {
  id: 'deals--a--amount',
  ...CheckSchema.parse({
    record: 'deals/a',
    field: 'amount',
    claim: { figure: '最大1000億ドル', period: '記載なし' },
    verdict: 'stale',
    sources: [
      { publisher: 'Press', url: 'https://example.com/press', kind: 'secondary-report' },
      { publisher: 'NVIDIA', url: 'https://example.com/8k', kind: 'filing' },
    ],
    figure: '300億ドル',
    period: '2026-03-31',
    note: '置き換えられた。',
    checked: '2026-12-01',
  }),
};

describe('checkExtra', () => {
  it('gives a record its verdict, source figure, strongest source and note as CSV cells', () => {
    const { csv, json } = checkExtra([check], 'deals/a');
    expect(Object.keys(csv)).toEqual([...CHECK_COLUMNS]);
    expect(csv).toMatchObject({
      check_fields: 'amount',
      check_verdicts: 'stale',
      check_source_figures: '300億ドル',
      check_source_urls: 'https://example.com/8k',
    });
    expect(json.checks[0]?.source?.kind).toBe('filing');
  });

  it('leaves an unchecked record with empty check cells', () => {
    expect(Object.values(checkExtra([check], 'deals/b').csv)).toEqual(CHECK_COLUMNS.map(() => ''));
  });
});

describe('downloads with checks', () => {
  const deals = datasetNamed('deals')!;
  const data = { from: 'nvidia', to: 'openai', kind: 'equity-investment', status: 'announced' };
  const records = [{ id: 'a', data, extra: checkExtra([check], 'deals/a') }];

  it('the CSV ends with the check columns', () => {
    const { header, rows } = toRows(deals, records);
    expect(header.slice(-CHECK_COLUMNS.length)).toEqual([...CHECK_COLUMNS]);
    expect(rows[0]!.at(-5)).toBe('stale');
  });

  it('the JSON carries each record’s checks', () => {
    const body = JSON.parse(toJsonDownload(deals, records));
    expect(body.records[0].checks[0]).toMatchObject({ verdict: 'stale', figure: '300億ドル' });
  });
});
