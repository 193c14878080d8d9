import { describe, expect, it } from 'vitest';
import { bundleIndex, groupedBy } from '../../../src/lib/dataset/build-index';
import type { DataBundle } from '../../../src/lib/dataset/bundle';
import {
  companiesOf,
  figureRecords,
  recordsCitingArticle,
  recordsForCompany,
} from '../../../src/lib/dataset/joins';
import { realData } from '../../fixtures/charts/real';

describe('bundleIndex', () => {
  it('gives every company the records a full scan finds, in the same order', () => {
    for (const c of realData.companies) {
      const scanned = figureRecords(realData).filter((t) => companiesOf(t).includes(c.id));
      expect(recordsForCompany(realData, c.id)).toEqual(scanned);
    }
  });

  it('gives every cited article the records a full scan finds, in the same order', () => {
    const slugs = new Set(
      figureRecords(realData).flatMap((t) => t.record.sources.map((s) => s.article)),
    );
    expect(slugs.size).toBeGreaterThan(0);
    for (const slug of slugs) {
      const scanned = figureRecords(realData).filter((t) =>
        t.record.sources.some((s) => s.article === slug),
      );
      expect(recordsCitingArticle(realData, slug)).toEqual(scanned);
    }
    expect(recordsCitingArticle(realData, 'no-such-article')).toEqual([]);
  });

  it('is built once per bundle and afresh for another bundle', () => {
    expect(bundleIndex(realData)).toBe(bundleIndex(realData));
    const other = { ...realData } as DataBundle;
    expect(bundleIndex(other)).not.toBe(bundleIndex(realData));
  });
});

describe('groupedBy', () => {
  it('groups by a string field and by each element of an array field', () => {
    const rows = [
      { id: '1', from: ['a', 'b'], to: 'c' },
      { id: '2', from: 'a', to: 'c' },
      { id: '3', from: ['b', 'b'], to: 'a' },
    ];
    expect([...groupedBy(rows, 'from')].map(([k, v]) => [k, v.map((r) => r.id)])).toEqual([
      ['a', ['1', '2']],
      ['b', ['1', '3']],
    ]);
    expect(
      groupedBy(rows, 'to')
        .get('c')
        ?.map((r) => r.id),
    ).toEqual(['1', '2']);
    expect(groupedBy(rows, 'to')).toBe(groupedBy(rows, 'to'));
  });
});
