import type { z } from 'zod';
import { columnsFor } from '../data/columns';
import type { DatasetInfo } from '../dataset/define';
import { allowedKeys, childSchema, enumValues, strip } from '../../schemas/schema-walk';
import { DATA_LICENSE, SITE_NAME } from './site';

/** One field of a Frictionless Table Schema. */
export interface TableField {
  name: string;
  type: 'string' | 'number' | 'boolean';
  description?: string;
  constraints?: { required?: boolean; enum?: string[] };
}

const MONEY_PARTS: readonly [string, TableField['type'], string, string[]?][] = [
  ['_usd_min', 'number', '米ドル換算の下限(ドル)'],
  ['_usd_max', 'number', '米ドル換算の上限(ドル)'],
  ['_usd_rate', 'number', '換算に使ったレート(1単位あたりのドル)'],
  ['_text', 'string', '記事の書き方のままの金額'],
  ['_currency', 'string', '通貨', ['USD', 'JPY', 'EUR']],
  ['_min', 'number', '下限(通貨単位)'],
  ['_max', 'number', '上限(通貨単位)'],
  ['_qualifier', 'string', '限定', ['exact', 'approx', 'range', 'up-to', 'over', 'at-least']],
];

function fieldOf(name: string, schema: z.ZodType): TableField {
  if (name === 'id') return { name, type: 'string', constraints: { required: true } };
  if (name === 'source_articles' || name === 'source_quotes') {
    return {
      name,
      type: 'string',
      description: '出典(記事のスラッグ/引用文)。複数は " | " 区切り',
    };
  }
  if (allowedKeys(schema).includes(name)) {
    const child = childSchema(schema, name)!;
    const def = strip(child)._zod.def as { type: string };
    if (def.type === 'number') return { name, type: 'number' };
    if (def.type === 'boolean') return { name, type: 'boolean' };
    const values = enumValues(child);
    if (values) return { name, type: 'string', constraints: { enum: values } };
    if (def.type === 'array') return { name, type: 'string', description: '複数は "; " 区切り' };
    return { name, type: 'string' };
  }
  const part = MONEY_PARTS.find(([suffix]) => name.endsWith(suffix));
  if (!part) return { name, type: 'string' };
  const [, type, description, values] = part;
  return { name, type, description, ...(values && { constraints: { enum: values } }) };
}

/** Returns the Table Schema of a dataset's CSV, one field per CSV column, from its zod schema. */
export function tableSchema(schema: z.ZodType): { fields: TableField[]; primaryKey: string } {
  return { fields: columnsFor(schema).map((c) => fieldOf(c.name, schema)), primaryKey: 'id' };
}

/**
 * Returns the Frictionless Data Package describing every dataset's CSV (paths relative to
 * /data/), with its Table Schema, the data licence and the publication as contributor.
 */
export function dataPackage(datasets: readonly DatasetInfo[], home: string): object {
  return {
    profile: 'tabular-data-package',
    name: 'ai-capital-atlas',
    title: `${SITE_NAME}のデータ`,
    description:
      'AIをめぐる資金(資金調達、設備投資、取引、売上高、市場規模など)の記録。各記録は出典記事と引用文つき。引用文の権利は各記事の発行元にあります。',
    homepage: home,
    licenses: [{ name: DATA_LICENSE.name, title: DATA_LICENSE.title, path: DATA_LICENSE.url }],
    contributors: [{ title: SITE_NAME, role: 'publisher', path: home }],
    resources: datasets.map((d) => ({
      profile: 'tabular-data-resource',
      name: d.name,
      title: d.title,
      description: d.description,
      path: `${d.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: tableSchema(d.schema),
    })),
  };
}
