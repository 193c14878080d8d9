import { describe, expect, it } from 'vitest';
import { CheckSchema } from '../../../src/schemas/checks';
import { articleCheckLine, articleCheckSummary } from '../../../src/lib/checks/article';
import type { CheckRecord } from '../../../src/lib/checks/select';

const base = {
  field: 'amount',
  claim: { figure: '150億ドル', period: '2025' },
  sources: [{ publisher: 'X', url: 'https://example.com/', kind: 'filing' }],
  figure: '150億ドル',
  period: '2025',
  note: '注。',
  checked: '2026-12-01',
};
const make = (id: string, record: string, verdict: string, extra = {}): CheckRecord => ({
  id,
  ...CheckSchema.parse({ ...base, record, verdict, ...extra }),
});

const checks = [
  make('a', 'deals/a', 'contradicted'),
  make('b', 'deals/b', 'consistent'),
  make('c', 'deals/c', 'stale'),
  make('d', 'deals/d', 'unverified'),
  make('e', 'deals/other', 'contradicted'),
  make('f', 'deals/a', 'contradicted', {
    kind: 'internal',
    article: 'demo',
    passage: '本文の一節',
  }),
];

describe('articleCheckSummary', () => {
  it('counts the checks of the article’s records, unverified ones as not checked', () => {
    const keys = new Set(['deals/a', 'deals/b', 'deals/c', 'deals/d']);
    expect(articleCheckSummary(checks, 'demo', keys)).toEqual({
      checked: 3,
      contradicted: 1,
      qualified: 1,
      internal: 1,
    });
  });
});

describe('articleCheckLine', () => {
  it('says how many figures were checked and contradicted, then the qualified and internal ones', () => {
    expect(articleCheckLine({ checked: 3, contradicted: 1, qualified: 1, internal: 1 })).toBe(
      'この記事の数字のうち3件を一次資料などと照合し、1件が資料と相違、1件が一部相違または古い情報、記事内の食い違い1件。',
    );
  });

  it('says plainly when none of the checked figures is contradicted', () => {
    expect(articleCheckLine({ checked: 3, contradicted: 0, qualified: 0, internal: 0 })).toBe(
      'この記事の数字のうち3件を一次資料などと照合し、資料と相違するものはなし。',
    );
  });

  it('says nothing for an article with no checks', () => {
    expect(articleCheckLine({ checked: 0, contradicted: 0, qualified: 0, internal: 0 })).toBe(
      undefined,
    );
  });
});
