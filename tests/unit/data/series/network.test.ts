import { describe, expect, it } from 'vitest';
import {
  networkTable,
  prepareNetwork,
  summarizeNetwork,
} from '../../../../src/lib/data/series/network';
import { realContext, realData } from '../../../fixtures/charts/real';

describe('prepareNetwork(real deals, companies)', () => {
  it('prepareNetwork(all) keeps every deal, with or without an amount', () => {
    expect(prepareNetwork(realData.deals, realContext).links.map((l) => l.id)).toEqual(
      realData.deals.map((d) => d.id).sort(),
    );
  });

  it.each([
    [['nvidia'], ['nvidia-intel-5b', 'nvidia-openai-100b', 'nvidia-xai-2b']],
    [['softbank'], ['stargate-500b']],
  ])('prepareNetwork(%j) keeps the deals where they pay or receive', (companies, ids) => {
    expect(prepareNetwork(realData.deals, realContext, companies).links.map((l) => l.id)).toEqual(
      ids,
    );
  });

  it('keeps Stargate’s three payers and its initial tranche', () => {
    const s = prepareNetwork(realData.deals, realContext).links.find(
      (l) => l.id === 'stargate-500b',
    );
    expect(s?.from).toEqual(['openai', 'softbank', 'oracle']);
    expect(s?.initial?.label).toBe('1000億ドル');
  });

  it('summarizeNetwork names the largest flow', () => {
    expect(summarizeNetwork(prepareNetwork(realData.deals, realContext))).toContain(
      '最大はStargateプロジェクトの最大5000億ドル',
    );
  });

  it('networkTable joins joint payers and shows the first tranche', () => {
    const row = networkTable(prepareNetwork(realData.deals, realContext, ['softbank'])).rows[0];
    expect(row?.cells.map((c) => c.text)).toEqual([
      'OpenAI・ソフトバンクグループ・Oracle',
      'Stargate',
      '合弁事業',
      '計画',
      '最大5000億ドル(初期1000億ドル)',
    ]);
  });
});
