import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'zod';
import { DATASETS } from '../../../src/lib/dataset/registry';
import {
  checkDrafts,
  DRAFT_KINDS,
  draftYaml,
  quoteCandidates,
} from '../../../src/lib/validate/draft';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const ARTICLE = readFileSync(`${VALID}content/articles/demo-funding.mdx`, 'utf8');

describe('quoteCandidates', () => {
  it('offers the title and the body sentences that contain the amount, and no others', () => {
    expect(quoteCandidates(ARTICLE, '150億ドル')).toEqual([
      'Example Labs、150億ドルを調達',
      'Example Labsは2025年11月、150億ドル(約2.2兆円)を調達し、 評価額は3500億ドルに達しました。',
    ]);
  });

  it('does not offer a sentence where the amount is part of a larger number', () => {
    expect(quoteCandidates(ARTICLE, '50億ドル')).toEqual([
      '同社の年間経常収益(ARR)は2025年に50億ドルを見込む。',
    ]);
  });
});

describe('draftYaml', () => {
  it('writes every value as a quoted string, so dates stay dates as written', () => {
    const text = draftYaml(DRAFT_KINDS.round, {
      company: 'example-labs',
      date: '2025-11',
      amount: '150億ドル',
      status: 'closed',
      article: 'demo-funding',
      quote: 'q',
    });
    expect(text).toContain('date: "2025-11"');
    expect(parse(text)).toEqual({
      company: 'example-labs',
      date: '2025-11',
      amount: '150億ドル',
      status: 'closed',
      sources: [{ article: 'demo-funding', quote: 'q' }],
    });
  });

  it('splits a comma-separated list field', () => {
    const text = draftYaml(DRAFT_KINDS.deal, { from: 'a, b', to: 'c', article: 'x', quote: 'y' });
    expect(parse(text).from).toEqual(['a', 'b']);
  });
});

describe('checkDrafts', () => {
  const round = (quote: string) =>
    draftYaml(DRAFT_KINDS.round, {
      company: 'example-labs',
      date: '2025-12',
      amount: '50億ドル',
      status: 'announced',
      article: 'demo-funding',
      quote,
    });

  it('passes a draft whose quote is in the article', () => {
    const drafts = new Map([['data/funding-rounds/x.yaml', round('2025年に50億ドルを見込む')]]);
    expect(checkDrafts(VALID, drafts)).toEqual([]);
  });

  it('reports a draft whose quote cuts a number, by file and field', () => {
    const drafts = new Map([['data/funding-rounds/x.yaml', round('50億ドル(約2.2兆円)を調達し')]]);
    expect(checkDrafts(VALID, drafts).map((p) => [p.path, p.field, p.code])).toContainEqual([
      'data/funding-rounds/x.yaml',
      'sources.0.quote',
      'QuoteNotFound',
    ]);
  });
});

describe('DRAFT_KINDS', () => {
  it.each(Object.values(DRAFT_KINDS))(
    '$name offers as choices exactly the values its schema accepts',
    (kind) => {
      const schema = DATASETS.find((d) => d.name === kind.dataset)!.schema as z.ZodObject;
      for (const field of kind.fields.filter((f) => f.choices)) {
        const accepted = field.choices!.filter(
          (c) => schema.shape[field.key]!.safeParse(c).success,
        );
        expect(accepted, `${kind.name}.${field.key}`).toEqual(field.choices);
      }
    },
  );
});
