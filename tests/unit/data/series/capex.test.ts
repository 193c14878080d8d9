import { describe, expect, it } from 'vitest';
import {
  capexTable,
  prepareCapex,
  sumAmounts,
  summarizeCapex,
} from '../../../../src/lib/data/series/capex';
import { usd } from '../../../fixtures/charts/factories';
import { realContext, realData } from '../../../fixtures/charts/real';

describe('sumAmounts(amounts)', () => {
  it.each([
    ['exact figures', [usd(100), usd(50)], '150億ドル'],
    ['one 以上', [usd(1150, 'at-least'), usd(1080)], '2230億ドル以上'],
    ['a range', [usd([200, 260]), usd(100)], '300億〜360億ドル'],
    ['an approximate figure', [usd(75, 'approx'), usd(25)], '約100億ドル'],
  ])('sums %s to %s', (_name, amounts, label) => {
    expect(sumAmounts(amounts)?.label).toBe(label);
  });

  it('sums nothing to undefined', () => {
    expect(sumAmounts([])).toBeUndefined();
  });
});

describe('prepareCapex(real capex, 2026)', () => {
  const s = prepareCapex(realData.capex, realContext, 2026);

  it('lists the single-company plans largest first', () => {
    expect(s.companies.map((c) => c.id)).toEqual([
      'google-ai-capex-2026',
      'meta-ai-capex-2026',
      'microsoft-ai-capex-2026',
    ]);
  });

  it('sums the named companies as a lower bound, since Google is 1150億ドル以上', () => {
    expect(s.sum?.label).toBe('3220億ドル以上');
  });

  it('names Amazon as missing from the per-company figures', () => {
    expect(s.missing).toEqual(['Amazon']);
  });

  it('puts the two conflicting totals next to each other, largest first, and leaves out 2025', () => {
    expect(s.totals.map((t) => t.id)).toEqual([
      'hyperscalers-ai-capex-2026-690b',
      'big-tech-ai-capex-2026-420b',
    ]);
  });

  it('names the articles reporting each total', () => {
    expect(s.totals[0]?.reportedBy).toEqual([
      '記事「ai-funding-race-2026」',
      '記事「openai-anthropic-funding」',
    ]);
  });

  it('summarizeCapex says the totals disagree', () => {
    expect(summarizeCapex(s)).toContain(
      '6900億ドル(ハイパースケーラー4社)と4200億ドル(巨大テック企業4社)が報じられています(記事によって食い違う)',
    );
  });

  it('capexTable adds the computed sum with the companies’ sources', () => {
    const sum = capexTable(s).rows.find((r) => r.id === 'sum-2026');
    expect(sum?.cells[2]?.text).toBe('3220億ドル以上');
    expect(sum?.sources.length).toBe(3);
  });
});
