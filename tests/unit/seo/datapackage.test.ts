import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/lib/dataset/registry';
import { columnsFor } from '../../../src/lib/data/columns';
import { dataPackage, tableSchema } from '../../../src/lib/seo/datapackage';
import { FundingRoundSchema } from '../../../src/schemas/funding-rounds';

type Pkg = {
  licenses: { name: string }[];
  resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
};

describe('tableSchema', () => {
  const schema = tableSchema(FundingRoundSchema);
  const field = (name: string) => schema.fields.find((f) => f.name === name);

  it('has one field per CSV column, in CSV order, keyed by id', () => {
    expect(schema.fields.map((f) => f.name)).toEqual(
      columnsFor(FundingRoundSchema).map((c) => c.name),
    );
    expect(schema.primaryKey).toBe('id');
  });
  it.each([
    ['amount_min', 'number'],
    ['amount_usd_rate', 'number'],
    ['amount_text', 'string'],
    ['cumulative', 'boolean'],
    ['investors', 'string'],
  ])('%s is a %s', (name, type) => expect(field(name)?.type).toBe(type));
  it('carries enums from the zod schema and the money grammar', () => {
    expect(field('status')?.constraints?.enum).toContain('closed');
    expect(field('amount_currency')?.constraints?.enum).toEqual(['USD', 'JPY', 'EUR']);
  });
});

describe('dataPackage', () => {
  const pkg = dataPackage(DATASETS, 'https://example.org/') as Pkg;
  it('lists every dataset CSV as a resource with a licence', () => {
    expect(pkg.resources.map((r) => r.path)).toEqual(DATASETS.map((d) => `${d.name}.csv`));
    expect(pkg.licenses[0]?.name).toBe('CC-BY-4.0');
    for (const r of pkg.resources) expect(r.schema.fields[0]?.name).toBe('id');
  });
});
