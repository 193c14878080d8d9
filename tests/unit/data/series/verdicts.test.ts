import { describe, expect, it } from 'vitest';
import { primaryLookup, verdictLookup } from '../../../../src/lib/data/series/verdicts';
import type { Money } from '../../../../src/lib/money';
import { prepareCapex, summarizeCapex } from '../../../../src/lib/data/series/capex';
import { realContext, realData } from '../../../fixtures/charts/real';

describe('verdictLookup(checks)', () => {
  const lookup = verdictLookup([
    { record: 'funding-rounds/g', field: 'valuation', verdict: 'partly' },
    { record: 'funding-rounds/g', field: 'amount', verdict: 'contradicted' },
    { record: 'deals/d', field: 'amount', verdict: 'stale' },
  ]);

  it.each([
    ['funding-rounds', 'g', 'contradicted'],
    ['deals', 'd', 'stale'],
    ['deals', 'g', undefined],
  ])('verdict of %s/%s is %s (the amount check wins)', (dataset, id, verdict) => {
    expect(lookup(dataset, id)).toBe(verdict);
  });
});

describe('internal checks (an article against itself)', () => {
  const money = (v: number): Money => ({
    currency: 'USD',
    min: v,
    max: v,
    qualifier: 'exact',
    approximate: false,
    text: '',
  });
  const checks = [
    {
      record: 'capex/total',
      field: 'amount',
      verdict: 'partly' as const,
      figure: { kind: 'money', text: 'p', money: money(1) },
    },
    {
      kind: 'internal' as const,
      record: 'capex/total',
      field: 'amount',
      verdict: 'contradicted' as const,
      figure: { kind: 'money', text: 'i', money: money(2) },
    },
    {
      kind: 'internal' as const,
      record: 'deals/only',
      field: 'amount',
      verdict: 'unverified' as const,
    },
  ];

  it('give a figure neither its verdict nor a primary figure', () => {
    expect(verdictLookup(checks)('capex', 'total')).toBe('partly');
    expect(verdictLookup(checks)('deals', 'only')).toBeUndefined();
    expect(primaryLookup(checks)('capex', 'total')).toBeUndefined();
  });
});

describe('summarizeCapex with contradicted company figures', () => {
  it('names the contradicted figures in the sentence that sums them', () => {
    const first = realData.capex.find((r) => r.companies.length === 1);
    if (!first) throw new Error('the extract has a per-company capex figure');
    const ctx = {
      ...realContext,
      verdict: (d: string, id: string) => (id === first.id ? 'contradicted' : undefined),
    };
    const s = prepareCapex(realData.capex, ctx, first.year);
    const sentence = summarizeCapex(s).split('。')[0] ?? '';
    expect(sentence).toContain('合計は');
    expect(sentence).toContain(
      `うち${realContext.name(first.companies[0] ?? '')}の数字は一次資料と相違`,
    );
  });

  it('adds no caveat when no figure is contradicted', () => {
    expect(summarizeCapex(prepareCapex(realData.capex, realContext, 2026))).not.toContain(
      '一次資料',
    );
  });
});

describe('summarizeRevenues with a contradicted segment figure', () => {
  it('names the contradicted figure as such in the sentence that states it', async () => {
    const { prepareRevenues, summarizeRevenues } =
      await import('../../../../src/lib/data/series/revenues');
    const segment = realData.revenues.find((r) => r.metric === 'segment-revenue');
    if (!segment) throw new Error('the extract has a segment revenue');
    const ctx = {
      ...realContext,
      verdict: (_d: string, id: string) => (id === segment.id ? 'contradicted' : undefined),
    };
    const plain = summarizeRevenues(
      prepareRevenues(realData.revenues, realContext, [segment.company]),
    );
    const checked = summarizeRevenues(prepareRevenues(realData.revenues, ctx, [segment.company]));
    expect(plain).not.toContain('一次資料と相違');
    expect(checked).toContain('(一次資料と相違)');
  });
});

describe('summarizeNetwork with a contradicted deal', () => {
  it('does not call a contradicted deal the largest and names it as left out', async () => {
    const { prepareNetwork, summarizeNetwork } =
      await import('../../../../src/lib/data/series/network');
    const plain = prepareNetwork(realData.deals, realContext);
    const top = summarizeNetwork(plain).match(/最大は(.+?)の/)?.[1];
    const link = plain.links.find((l) => l.label === top);
    if (!link) throw new Error('the extract has a largest deal');
    const ctx = {
      ...realContext,
      verdict: (_d: string, id: string) => (id === link.id ? 'contradicted' : undefined),
    };
    const s = summarizeNetwork(prepareNetwork(realData.deals, ctx));
    expect(s).not.toContain(`最大は${link.label}の`);
    expect(s).toContain(
      `一次資料との相違がある${link.label}の${link.amount?.label ?? ''}は比較から除いています`,
    );
  });
});
