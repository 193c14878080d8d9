/** One citation: the article slug and the verbatim quote the figure comes from. */
export interface Cite {
  article: string;
  quote: string;
}

/** One cell of a chart's data table: shown text, exact value for hover, alignment. */
export interface ChartCell {
  text: string;
  /** Full-precision value, shown as the cell's tooltip. */
  exact?: string;
  numeric?: boolean;
}

/** A chart's fallback table: one row per plotted value, each with the citations behind it. */
export interface ChartTable {
  columns: { label: string; numeric?: boolean }[];
  rows: { id: string; cells: ChartCell[]; sources: Cite[] }[];
}

/** Returns the distinct article slugs a table cites, in first-cited order. */
export function citedArticles(table: ChartTable): string[] {
  return [...new Set(table.rows.flatMap((r) => r.sources.map((s) => s.article)))];
}
