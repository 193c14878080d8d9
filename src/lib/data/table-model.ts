/**
 * The one table model: dataset tables (tables.ts tableOf) and chart data tables (series/*Table)
 * both build a `Table`, and src/components/DataTable.astro renders it.
 */

/** One citation: the article slug and the verbatim quote the figure comes from. */
export interface Cite {
  article: string;
  quote: string;
}

/** One table cell: display text, optional exact value for hover, and alignment. */
export interface Cell {
  text: string;
  /** Exact value shown on hover (title attribute). */
  exact?: string;
  numeric?: boolean;
  /** Company id when the cell names one, so pages can link it. */
  company?: string;
}

/** One column heading; numeric columns are right-aligned. */
export interface Column {
  label: string;
  numeric?: boolean | undefined;
}

/** One row: a record (or plotted value) id, its cells, and the citations behind it. */
export interface TableRow {
  id: string;
  cells: Cell[];
  sources: Cite[];
  /** Editor's note on the record. */
  notes?: string | undefined;
  /** Ids of records in the same dataset reporting a conflicting figure. */
  conflicts?: string[];
}

/** A table: column labels and one row of cells per record or plotted value, in reading order. */
export interface Table {
  columns: Column[];
  rows: TableRow[];
}

/** Returns the distinct article slugs a table cites, in first-cited order. */
export function citedArticles(table: Table): string[] {
  return [...new Set(table.rows.flatMap((r) => r.sources.map((s) => s.article)))];
}
