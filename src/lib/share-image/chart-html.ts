import { toCsv } from '../data/csv';

/** What a built chart page holds about its chart, read back from the HTML. */
export interface BuiltChart {
  title: string;
  summary: string;
  /** The wide layout's <svg>…</svg>. */
  svg: string;
  /** The data table: header labels, then rows of cells with their exact values (hover text). */
  header: string[];
  rows: { text: string; exact?: string | undefined }[][];
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
};

/** Returns the text of an HTML fragment: tags dropped, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<q>/g, '「')
    .replace(/<\/q>/g, '」')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Returns the chart with element id `id` from a built page, or undefined when the page holds
 * no such figure. Reads the markup ChartFrame writes: figcaption, .chart-wide and the table.
 */
export function readBuiltChart(html: string, id: string): BuiltChart | undefined {
  const at = html.indexOf(`<figure class="chart" id="${id}"`);
  if (at < 0) return undefined;
  const figure = html.slice(at, html.indexOf('</figure>', at));
  const pick = (re: RegExp) => re.exec(figure)?.[1] ?? '';
  const svg = pick(/<div class="chart-wide"[^>]*>(<svg[\s\S]*?<\/svg>)<\/div>/);
  const header = [
    ...pick(/<thead>([\s\S]*?)<\/thead>/).matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g),
  ].map((m) => textOf(m[1] ?? ''));
  const rows = [...pick(/<tbody>([\s\S]*?)<\/tbody>/).matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map(
    (tr) =>
      [...(tr[1] ?? '').matchAll(/<td\b([^>]*)>([\s\S]*?)<\/td>/g)].map((td) => {
        const exact = /\btitle="([^"]*)"/.exec(td[1] ?? '')?.[1];
        return { text: textOf(td[2] ?? ''), exact: exact ? textOf(exact) : undefined };
      }),
  );
  return {
    title: textOf(pick(/<p class="chart-title"[^>]*>([\s\S]*?)<\/p>/)),
    summary: textOf(pick(/<p class="chart-summary"[^>]*>([\s\S]*?)<\/p>/)),
    svg,
    header,
    rows,
  };
}

/**
 * Returns the chart's table as CSV: every column as shown, and after each column that has
 * exact values on hover, a `<label>(正確な値)` column holding them.
 */
export function chartCsv(chart: BuiltChart): string {
  const exactCols = chart.header.map((_, i) => chart.rows.some((r) => r[i]?.exact));
  const header = chart.header.flatMap((h, i) => (exactCols[i] ? [h, `${h}(正確な値)`] : [h]));
  const rows = chart.rows.map((r) =>
    chart.header.flatMap((_, i) =>
      exactCols[i] ? [r[i]?.text ?? '', r[i]?.exact ?? ''] : [r[i]?.text ?? ''],
    ),
  );
  return toCsv(header, rows);
}
