import { describe, expect, it } from 'vitest';
import { formatCount, gpuLabel, prepareGpus } from '../../../../src/lib/data/series/gpus';
import {
  prepareShares,
  restText,
  sharesTable,
  summarizeShares,
} from '../../../../src/lib/data/series/shares';
import { realContext, realData } from '../../../fixtures/charts/real';

describe('prepareShares(real shares, "ai-venture-money")', () => {
  const s = prepareShares(realData.shares, 'ai-venture-money');

  it('lists the US (約80%) before Japan (1%未満)', () => {
    expect(s.parts.map((p) => [p.subject, p.label])).toEqual([
      ['米国', '約80%'],
      ['日本', '1%未満'],
    ]);
  });

  it('draws 1%未満 as an upper bound', () => {
    expect(s.parts[1]?.share).toMatchObject({ lo: null, hi: 1, qualifier: 'up-to' });
  });

  it('leaves 約19〜20% unassigned', () => {
    expect(restText(s.rest)).toBe('約19〜20%');
    expect(summarizeShares(s)).toContain('残り約19〜20%');
  });

  it('sharesTable lists the drawn rest as its own row, with no source', () => {
    const rows = sharesTable(s).rows;
    expect(rows.map((r) => r.cells[3]?.text)).toEqual(['約80%', '1%未満', '約19〜20%']);
    expect(rows[2]?.sources).toEqual([]);
  });
});

describe('GPU counts', () => {
  it.each([
    [100000, 'approx', '約10万基'],
    [1000000, 'at-least', '100万基以上'],
    [50000, 'up-to', '最大5万基'],
    [1500, 'exact', '1500基'],
  ] as const)('gpuLabel(%i, %s) is %s', (n, q, label) => {
    expect(gpuLabel(n, q)).toBe(label);
  });

  it('formatCount(250000) is 25万', () => {
    expect(formatCount(250000)).toBe('25万');
  });

  it('prepareGpus(real) groups both xAI Memphis figures, smallest first', () => {
    const s = prepareGpus(realData.gpuClusters, realContext);
    expect(s.groups.map((g) => [g.label, g.rows.map((r) => r.label)])).toEqual([
      ['xAI・メンフィス', ['約10万基', '100万基以上']],
    ]);
  });
});
