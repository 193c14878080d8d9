import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineDataset } from '../../../src/lib/dataset/define';
import { bundleOf, readDataBundle } from '../../../src/lib/validate/read-bundle';
import { DATASETS } from '../../../src/lib/dataset/registry';
import { downloadPaths, toCsvDownload, toJsonDownload } from '../../../src/lib/data/export';
import { loadFxTable } from '../../../src/lib/money/fx';
import { validateTree } from '../../../src/lib/validate/tree';
import { datasetPage, datasetPaths } from '../../../src/lib/view/dataset-page';
import { MoneySchema, provenance } from '../../../src/schemas/common';

// A throwaway dataset added through the registry alone: a schema and one entry, nothing else.
const WidgetSchema = z.strictObject({
  company: z.string().min(1),
  year: z.number().int(),
  amount: MoneySchema,
  ...provenance,
});
const WIDGETS = defineDataset({
  name: 'widgets',
  collection: 'widgets',
  schema: WidgetSchema,
  title: 'ウィジェット',
  description: 'テスト用のデータセット。',
  figures: false,
  refs: { company: { to: 'companies' } },
});
const REGISTRY = [...DATASETS, WIDGETS];

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const FX = loadFxTable(
  'base: USD\nrates:\n  - {currency: JPY, year: 2025, per_usd: 150, source: test}\n',
);
const record = {
  id: 'example-labs-2025',
  ...WidgetSchema.parse({
    company: 'example-labs',
    year: 2025,
    amount: '約3000億円',
    sources: [{ article: 'demo-funding', quote: '3000億円' }],
  }),
};

describe('a dataset added through the registry alone', () => {
  it('gets a data page whose table reads off its schema and names companies', () => {
    expect(datasetPaths(REGISTRY).map((p) => p.params.dataset)).toContain('widgets');
    const page = datasetPage(WIDGETS, [record], (id) =>
      id === 'example-labs' ? 'Example Labs' : id,
    );
    expect(page.count).toBe(1);
    expect(page.downloads.csv).toBe('data/widgets.csv');
    expect(page.table?.columns.map((c) => c.label)).toEqual(['company', 'year', 'amount']);
    expect(page.table?.rows[0]?.cells.map((c) => c.text)).toEqual([
      'Example Labs',
      '2025',
      '約3000億円',
    ]);
    expect(page.table?.rows[0]?.cells[0]?.company).toBe('example-labs');
  });

  it('gets CSV and JSON downloads with USD conversions', () => {
    expect(downloadPaths(REGISTRY).map((p) => p.params.dataset)).toContain('widgets');
    const exported = [{ id: record.id, data: record as Record<string, unknown> }];
    const csv = toCsvDownload(WIDGETS, exported, FX);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFid,company,year,amount_text,amount_currency,amount_min,amount_max,amount_qualifier,amount_usd_min,amount_usd_max,amount_usd_rate,source_articles,source_quotes,notes,conflicts_with',
    );
    expect(csv).toContain(
      'example-labs-2025,example-labs,2025,約3000億円,JPY,300000000000,300000000000,approx,2000000000,2000000000,150',
    );
    const json = JSON.parse(toJsonDownload(WIDGETS, exported, FX));
    expect(json.generated_from).toBe('data/widgets/');
    expect(json.records[0].amount.usd).toEqual({ min: 2000000000, max: 2000000000, rate: 150 });
  });

  describe('validation', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'registry-'));
      cpSync(VALID, root, { recursive: true });
      mkdirSync(join(root, 'data/widgets'));
      const quote =
        'Example Labsは2025年11月、150億ドル（約2.2兆円）を調達し、 評価額は3500億ドルに達しました。';
      writeFileSync(
        join(root, 'data/widgets/good.yaml'),
        `company: example-labs\nyear: 2025\namount: 150億ドル\nsources:\n  - article: demo-funding\n    quote: '${quote}'\n`,
      );
      writeFileSync(
        join(root, 'data/widgets/bad.yaml'),
        `company: exmple-labs\nyear: 2025\namount: 150億ドル\ncolour: red\nsources:\n  - article: demo-funding\n    quote: '${quote}'\n`,
      );
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('checks its schema and its company references', () => {
      const { problems } = validateTree({ root, registry: REGISTRY });
      expect(problems.map((p) => `${p.path}: ${p.field}: ${p.code} (${p.hint})`)).toEqual([
        'data/widgets/bad.yaml: colour: UnknownKey (allowed: company, year, amount, sources, notes, conflicts_with)',
        'data/widgets/bad.yaml: company: UnknownCompany (did you mean example-labs?)',
      ]);
    });

    it('is read into the data bundle from data/<name>/, parsed by its schema', () => {
      rmSync(join(root, 'data/widgets/bad.yaml'));
      const bundle = readDataBundle(root, REGISTRY) as unknown as Record<string, unknown[]>;
      expect(bundle.widgets).toEqual([
        expect.objectContaining({
          id: 'good',
          company: 'example-labs',
          amount: expect.objectContaining({ text: '150億ドル', currency: 'USD' }),
        }),
      ]);
      expect(bundle.fundingRounds?.length).toBeGreaterThan(0);
    });

    it('hands the build the same bundle from validation as the reader would read again', () => {
      rmSync(join(root, 'data/widgets/bad.yaml'));
      const { problems, records } = validateTree({ root, registry: REGISTRY });
      expect(problems).toEqual([]);
      expect(bundleOf(records, REGISTRY)).toEqual(readDataBundle(root, REGISTRY));
    });

    it('refuses a record its schema rejects, naming the file and the field', () => {
      expect(() => readDataBundle(root, REGISTRY)).toThrow(/data\/widgets\/bad\.yaml: colour: /);
    });

    it('is unknown to a registry without its entry', () => {
      const { problems } = validateTree({ root });
      expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['UnknownDatasetFolder']));
    });
  });
});
