import { describe, expect, it } from 'vitest';
import {
  metricText,
  prepareRevenues,
  revenuesTable,
  summarizeRevenues,
} from '../../../../src/lib/data/series/revenues';
import { realContext, realData } from '../../../fixtures/charts/real';

describe('prepareRevenues(real revenues, companies)', () => {
  it.each([
    [undefined, ['anthropic', 'nvidia', 'openai']],
    [
      ['openai', 'anthropic'],
      ['openai', 'anthropic'],
    ],
  ])('prepareRevenues(%j) shows companies %j', (companies, ids) => {
    expect(
      prepareRevenues(realData.revenues, realContext, companies).companies.map((c) => c.id),
    ).toEqual(ids);
  });

  it('attaches NVIDIA’s data-centre revenue to its FY2025 revenue with a 39% share', () => {
    const nvidia = prepareRevenues(realData.revenues, realContext, ['nvidia']).companies[0];
    expect(nvidia?.rows.map((r) => r.id)).toEqual(['nvidia-revenue-fy2025']);
    expect(nvidia?.rows[0]?.parts[0]?.share).toBeCloseTo((512 / 1305) * 100, 5);
  });

  it.each([
    [{ metric: 'arr' as const }, 'ARR'],
    [{ metric: 'revenue' as const }, '売上高'],
    [{ metric: 'segment-revenue' as const, segment: 'データセンター' }, 'データセンター売上'],
  ])('metricText(%j) is %s', (r, text) => {
    expect(metricText(r)).toBe(text);
  });

  it('revenuesTable lists the segment as its own row', () => {
    const t = revenuesTable(prepareRevenues(realData.revenues, realContext, ['nvidia']));
    expect(t.rows.map((r) => r.cells[2]?.text)).toEqual(['売上高', 'うちデータセンター売上']);
  });
});

describe('summarizeRevenues(series)', () => {
  it.each([
    [['nvidia'], 'NVIDIAはFY2025の売上高1305億ドル(実績、うちデータセンター512億ドル、39%)。'],
    [['anthropic'], 'Anthropicは2025年中頃のARR50億ドル(実績)→2026のARR260億ドル(予測)'],
  ])('summarizeRevenues(%j) reads %s', (companies, text) => {
    expect(summarizeRevenues(prepareRevenues(realData.revenues, realContext, companies))).toContain(
      text,
    );
  });

  it.each([
    [['nvidia'], false],
    [['openai'], true],
  ])('summarizeRevenues(%j) mentions hatching: %s', (companies, hatched) => {
    const text = summarizeRevenues(prepareRevenues(realData.revenues, realContext, companies));
    expect(text.includes('斜線')).toBe(hatched);
  });
});
