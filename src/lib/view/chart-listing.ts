/**
 * Which of a chart's plotted values a page already lists in full. A company page shows a records
 * table per dataset (exact values, sources, permalinks); a chart row that is one of those records,
 * with the same values, needs no second row in the chart's own data table. Rows that are not
 * (an aggregate such as the money network's 「その他」, a converted or qualified figure) keep one.
 */
import type { Table } from '../data/table-model';

/** A records table of the page: the id of its section and its heading. */
export interface ListedSection {
  anchor: string;
  title: string;
}

/** Where a page lists records in full, and the values each record's numeric cells show. */
export interface RecordListing {
  /** The records tables, in page order. */
  sections: ListedSection[];
  /** Record id -> its table's anchor and the texts and exact values of its numeric cells. */
  rows: Map<string, { anchor: string; values: Set<string> }>;
}

/** Returns the listing of `tables`, each rendered in the page section `anchor`. */
export function recordListing(tables: (ListedSection & { table: Table })[]): RecordListing {
  const rows: RecordListing['rows'] = new Map();
  for (const { anchor, table } of tables) {
    for (const row of table.rows) {
      const values = new Set<string>();
      for (const c of row.cells) {
        if (!c.numeric) continue;
        values.add(c.text);
        if (c.exact) values.add(c.exact);
      }
      rows.set(row.id, { anchor, values });
    }
  }
  return { sections: tables.map(({ anchor, title }) => ({ anchor, title })), rows };
}

/** A chart table split by a listing: the sections holding its listed rows, and the other rows. */
export interface ChartTableSplit {
  /** Sections that list at least one of the chart's rows, in page order. */
  listedIn: ListedSection[];
  /** The rows no records table of the page lists with the same values, in chart order. */
  rest: Table;
}

/**
 * Returns `table` split by `listing`: a row counts as listed when a records table has a row of
 * the same id whose numeric cells show every numeric text and exact value of the chart row
 * (an empty value, —, needs nothing). Without a listing every row is in `rest`.
 */
export function splitChartTable(table: Table, listing?: RecordListing): ChartTableSplit {
  if (!listing) return { listedIn: [], rest: table };
  const used = new Set<string>();
  const rest = table.rows.filter((row) => {
    const listed = listing.rows.get(row.id);
    const covered =
      listed !== undefined &&
      row.cells.every(
        (c) =>
          !c.numeric ||
          c.text === '—' ||
          (listed.values.has(c.text) && (c.exact === undefined || listed.values.has(c.exact))),
      );
    if (covered) used.add(listed.anchor);
    return !covered;
  });
  return {
    listedIn: listing.sections.filter((s) => used.has(s.anchor)),
    rest: { columns: table.columns, rows: rest },
  };
}
