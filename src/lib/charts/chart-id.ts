/**
 * Returns a stable element id for a chart: `kind` followed by the props that select its data
 * (lower-case ASCII, hyphen-joined), so two charts on one page differ without randomness.
 */
export function chartId(
  kind: string,
  ...parts: (string | number | readonly string[] | undefined)[]
): string {
  const words = parts
    .flat()
    .filter((p): p is string | number => p !== undefined)
    .map((p) =>
      String(p)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean);
  return ['chart', kind, ...words].join('-');
}
