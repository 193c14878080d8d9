import { describe, expect, it } from 'vitest';
import { prepareSplit, splitTable, summarizeSplit } from '../../../../src/lib/data/series/split';
import { realContext, realData } from '../../../fixtures/charts/real';

describe('prepareSplit("xai-2025-20b", real data)', () => {
  const s = prepareSplit('xai-2025-20b', realData.fundingRounds, realData.deals, realContext);

  it('splits the 200億ドル into equity 約75億ドル and debt 最大125億ドル', () => {
    expect(s?.total.label).toBe('200億ドル');
    expect(s?.parts.map((p) => [p.key, p.amount.label])).toEqual([
      ['equity', '約75億ドル'],
      ['debt', '最大125億ドル'],
    ]);
  });

  it('puts NVIDIA’s 最大20億ドル inside the equity part', () => {
    expect(s?.inside.map((i) => [i.id, i.part, i.name, i.amount.label])).toEqual([
      ['nvidia-xai-2b', 'equity', 'NVIDIA', '最大20億ドル'],
    ]);
  });

  it('summarizeSplit mentions the total, both parts and NVIDIA', () => {
    expect(s && summarizeSplit(s)).toMatch(/200億ドル.*株式約75億ドル.*債務最大125億ドル.*NVIDIA/);
  });

  it('splitTable has a row for the total, each part and each investor', () => {
    expect(s && splitTable(s).rows.map((r) => r.id)).toEqual([
      'xai-2025-20b',
      'xai-2025-20b-equity',
      'xai-2025-20b-debt',
      'nvidia-xai-2b',
    ]);
  });
});

describe.each([['anthropic-series-g'], ['no-such-round']])('prepareSplit(%s)', (id) => {
  it('is undefined: the round is missing or lists no instruments', () => {
    expect(prepareSplit(id, realData.fundingRounds, realData.deals, realContext)).toBeUndefined();
  });
});
