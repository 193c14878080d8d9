import { describe, expect, it } from 'vitest';
import { datasetNamed } from '../../../src/lib/dataset/registry';
import { checkQuotes, prepareArticles } from '../../../src/lib/validate/quotes';
import type { CheckedRecord } from '../../../src/lib/validate/record';

const ARTICLE = [
  '---',
  'title: 見出し',
  'excerpt: 要約の文。',
  '---',
  '',
  'Acmeは資金を調達し、調達額は15',
  '',
  '0社が出資した。評価額は150億ドルに達した。',
].join('\n');

function codes(...quotes: string[]): string[] {
  const record: CheckedRecord = {
    path: 'data/funding-rounds/acme.yaml',
    dataset: datasetNamed('funding-rounds')!,
    id: 'acme',
    inTree: true,
    raw: { sources: quotes.map((quote) => ({ article: 'acme', quote })) },
  };
  const articles = prepareArticles(new Map([['acme', ARTICLE]]));
  return checkQuotes(record, articles).map((p) => `${p.field} ${p.code}`);
}

describe('checkQuotes', () => {
  it('finds a quote in any paragraph, the title and the excerpt', () => {
    expect(codes('評価額は150億ドルに達した。', '見出し', '要約の文。')).toEqual([]);
  });

  it('matches a number ending a paragraph even when the next paragraph starts with a digit', () => {
    expect(codes('調達額は15')).toEqual([]);
  });

  it('never matches a quote across two paragraphs', () => {
    expect(codes('調達額は15 0社が出資した。', '調達額は150社')).toEqual([
      'sources.0.quote QuoteNotFound',
      'sources.1.quote QuoteNotFound',
    ]);
  });

  it('does not match a number inside a longer number', () => {
    expect(codes('評価額は50億ドル')).toEqual(['sources.0.quote QuoteNotFound']);
  });
});
