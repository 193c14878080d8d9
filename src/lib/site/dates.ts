/**
 * Returns a partial date (YYYY, YYYY-MM or YYYY-MM-DD) in Japanese notation at its own
 * precision: '2026-02-14' is '2026年2月14日', '2025-11' is '2025年11月', undefined is '日付不明'.
 */
export function formatDateJa(date: string | undefined): string {
  if (!date) return '日付不明';
  const [y, m, d] = date.split('-');
  let out = `${Number(y)}年`;
  if (m) out += `${Number(m)}月`;
  if (d) out += `${Number(d)}日`;
  return out;
}

/** Orders items newest first by partial date string; undated items come last, by title. */
export function compareNewestFirst(
  a: { date?: string | undefined; title: string },
  b: { date?: string | undefined; title: string },
): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  return a.title.localeCompare(b.title, 'ja');
}
