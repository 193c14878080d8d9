/** A CSV cell before quoting; null and undefined become empty cells. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * Byte-order mark written before the header. Excel on Japanese Windows opens a BOM-less CSV as
 * Shift_JIS and garbles every kanji; with the BOM it reads UTF-8. Other tools ignore it or
 * strip it (d3-dsv users strip it themselves), so the files carry one.
 */
export const BOM = '\uFEFF';

/** Returns one cell as RFC 4180 text: quoted when it holds a quote, comma, CR or LF. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Returns a UTF-8 CSV document with a BOM, a header row and CRLF after every row (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n');
  return BOM + lines.join('');
}
