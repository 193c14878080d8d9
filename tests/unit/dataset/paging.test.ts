import { describe, expect, it } from 'vitest';
import { byId, permalinksFromIds, recordPath } from '../../../src/lib/dataset/paging';

const ids = Array.from({ length: 250 }, (_, i) => `round-${String(i).padStart(3, '0')}`);

describe('record permalinks', () => {
  it('put the 101st record by id on page 2 and the 201st on page 3', () => {
    const records = ids.map((id) => ({ id }));
    expect(recordPath('funding-rounds', records, 'round-000')).toBe(
      'data/funding-rounds/#round-000',
    );
    expect(recordPath('funding-rounds', records, 'round-100')).toBe(
      'data/funding-rounds/page/2/#round-100',
    );
    expect(recordPath('funding-rounds', records, 'round-249')).toBe(
      'data/funding-rounds/page/3/#round-249',
    );
  });

  it('are the same from bare file ids in any order as from the sorted records', () => {
    const shuffled = [...ids].reverse();
    const fromIds = permalinksFromIds(new Map([['funding-rounds', shuffled]]));
    const sorted = ids.map((id) => ({ id })).sort(byId);
    for (const id of ids)
      expect(fromIds('funding-rounds', id)).toBe(recordPath('funding-rounds', sorted, id));
  });

  it('send an unknown record or dataset to the first page rather than nowhere', () => {
    const fromIds = permalinksFromIds(new Map([['deals', ['a']]]));
    expect(fromIds('deals', 'zzz')).toBe('data/deals/#zzz');
    expect(fromIds('capex', 'x')).toBe('data/capex/#x');
  });
});
