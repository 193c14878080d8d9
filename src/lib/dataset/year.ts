/** Returns the year a record's figures belong to, for exchange rates: `year`, else `date`. */
export function recordYear(value: Record<string, unknown>): number | undefined {
  if (typeof value.year === 'number') return value.year;
  const year = typeof value.date === 'string' ? Number(value.date.slice(0, 4)) : NaN;
  return Number.isFinite(year) ? year : undefined;
}
