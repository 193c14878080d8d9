/**
 * Pagination of dataset pages and the record permalinks that follow a record to whichever page
 * it lands on. Records keep the id order of the bundle; page 1 is /data/<name>/, page n is
 * /data/<name>/page/<n>/, and a record's permalink is its page plus #<id>.
 */
import { recordYear } from './year';

/**
 * The order records keep on their dataset pages (and so which page each lands on): by id, in a
 * fixed locale so that the machine's language settings cannot move a record to another page.
 */
export const byId = (a: { id: string }, b: { id: string }): number =>
  a.id.localeCompare(b.id, 'en');

/** Records per dataset table page. */
export const PAGE_SIZE = 100;

/** Returns how many pages `count` records fill (at least one, so an empty dataset has a page). */
export const pageCount = (count: number, size = PAGE_SIZE): number =>
  Math.max(1, Math.ceil(count / size));

/** Returns the site-relative path of page `page` (1-based) of dataset `name`. */
export const pagePath = (name: string, page: number): string =>
  page <= 1 ? `data/${name}/` : `data/${name}/page/${page}/`;

/** Returns the records on page `page` (1-based) in their order. */
export function pageSlice<T>(records: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return records.slice((page - 1) * size, page * size);
}

const pageMemo = new WeakMap<readonly object[], Map<string, number>>();

/** Returns the page (1-based) each record id sits on; memoised per records array. */
export function pagesById(
  records: readonly { id: string }[],
  size = PAGE_SIZE,
): Map<string, number> {
  let pages = pageMemo.get(records);
  if (pages && size === PAGE_SIZE) return pages;
  pages = new Map(records.map((r, i) => [r.id, Math.floor(i / size) + 1]));
  if (size === PAGE_SIZE) pageMemo.set(records, pages);
  return pages;
}

/**
 * Returns the permalink of record `id` of dataset `name`: its table page plus #id (page 1
 * when the id is unknown, so a stale link still lands on the dataset).
 */
export function recordPath(name: string, records: readonly { id: string }[], id: string): string {
  return `${pagePath(name, pagesById(records).get(id) ?? 1)}#${id}`;
}

/** The folder under /data/<name>/ that holds the stable record links (never a dataset page). */
export const RECORD_LINKS = 'record';

/**
 * Returns the stable link of record `id` of dataset `name`: data/<name>/record/<id>/, a small
 * page that sends the reader on to the table page holding the record (record-links.ts writes
 * them from the built tables), so a link copied today still lands on the row after new records
 * have moved it to another page.
 */
export const recordLink = (name: string, id: string): string =>
  `data/${name}/${RECORD_LINKS}/${id}/`;

/** One entry of a dataset's page list: the page, its path and the ids it starts and ends with. */
export interface PageLink {
  page: number;
  path: string;
  first: string;
  last: string;
}

/** Returns the page list of dataset `name`: one link per page with its first and last id. */
export function pageLinks(name: string, records: readonly { id: string }[]): PageLink[] {
  return Array.from({ length: pageCount(records.length) }, (_, i) => {
    const slice = pageSlice(records, i + 1);
    return {
      page: i + 1,
      path: pagePath(name, i + 1),
      first: slice[0]?.id ?? '',
      last: slice.at(-1)?.id ?? '',
    };
  });
}

/** Returns how many records each year has (by `year`, else `date`), oldest first; undated last. */
export function yearCounts(records: readonly object[]): { year: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of records) {
    const y = recordYear(r as Record<string, unknown>);
    const key = y === undefined ? '年不明' : String(y);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => (a === '年不明' ? 1 : b === '年不明' ? -1 : a.localeCompare(b)))
    .map(([year, count]) => ({ year, count }));
}

/**
 * Returns the permalink function for datasets given only their record ids (in any order), as
 * a build step that reads data/ without the content layer needs: the same pages as the tables.
 */
export function permalinksFromIds(
  ids: ReadonlyMap<string, readonly string[]>,
): (name: string, id: string) => string {
  const records = new Map(
    [...ids].map(([name, list]) => [name, list.map((id) => ({ id })).sort(byId)] as const),
  );
  return (name, id) => recordPath(name, records.get(name) ?? [], id);
}
