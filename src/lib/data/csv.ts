/** A CSV cell before quoting; null and undefined become empty cells. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * Byte-order mark written before the header. Excel on Japanese Windows opens a BOM-less CSV as
 * Shift_JIS and garbles every kanji; with the BOM it reads UTF-8. Other tools ignore it or
 * strip it (d3-dsv users strip it themselves), so the files carry one.
 */
export const BOM = '\uFEFF';

/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Returns a text cell a spreadsheet will not run: one starting with =, +, -, @, tab or CR gets a
 * leading apostrophe, as OWASP's CSV-injection guidance advises. Numbers are left as numbers.
 */
export function neutralise(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Returns one cell as RFC 4180 text: formula-like text neutralised, then quoted when it holds a
 * quote, comma, CR or LF, or was neutralised.
 */
export function csvCell(value: CsvCell): string {
  const text = neutralise(value);
  const quoted = /[",\r\n]/.test(text) || text !== String(value ?? '');
  return quoted ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Returns a UTF-8 CSV document with a BOM, a header row and CRLF after every row (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n');
  return BOM + lines.join('');
}
