import { describe, expect, it } from 'vitest';
import { dateSpan } from '../../../../src/lib/data/series/dates';

describe('dateSpan(date)', () => {
  it.each([
    ['2025', 'year', '2025-01-01', '2026-01-01', '2025-07-02T12:00:00.000Z'],
    ['2025-11', 'month', '2025-11-01', '2025-12-01', '2025-11-16T00:00:00.000Z'],
    ['2024-02', 'month', '2024-02-01', '2024-03-01', '2024-02-15T12:00:00.000Z'],
    ['2025-10-08', 'day', '2025-10-08', '2025-10-09', '2025-10-08T12:00:00.000Z'],
  ])('dateSpan(%s) is a %s from %s to %s, placed at %s', (date, precision, start, end, mid) => {
    const s = dateSpan(date);
    expect(s.precision).toBe(precision);
    expect(new Date(s.start).toISOString().slice(0, 10)).toBe(start);
    expect(new Date(s.end).toISOString().slice(0, 10)).toBe(end);
    expect(new Date(s.mid).toISOString()).toBe(mid);
  });
});
