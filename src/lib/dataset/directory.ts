/**
 * The company directory at any size: /companies/ lists every kind with its count and its most
 * documented companies; when a kind has more than fit, its full list is split into pages at
 * /companies/kind/<kind>/[<n>/], grouped by initial, each page at most DIRECTORY_PAGE names.
 */
import { pageCount, pageSlice } from './paging';

/** Names a kind's page lists at most; also the most a kind shows on /companies/ before paging. */
export const DIRECTORY_PAGE = 300;

/** How many companies of a paged kind /companies/ shows, the most documented first. */
export const DIRECTORY_TOP = 24;

/** A company as the directory lists it. */
export interface DirectoryCompany {
  id: string;
  name: string;
  name_ja?: string | undefined;
  kind: string;
  country: string;
}

/** One kind on /companies/: its companies shown there, its total and its paged list if any. */
export interface DirectoryKind<C extends DirectoryCompany> {
  kind: string;
  count: number;
  /** All of the kind when they fit, else its DIRECTORY_TOP most documented. */
  shown: C[];
  /** Pages of the kind's full list; 0 when /companies/ shows them all. */
  pages: number;
}

/** Returns the letter a company files under: its name's first Latin letter, else 「その他」. */
export function initialOf(c: DirectoryCompany): string {
  const first = c.name.trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : first && /[0-9]/.test(first) ? '0-9' : 'その他';
}

const byName = (a: DirectoryCompany, b: DirectoryCompany) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1;

/**
 * Returns the kinds in first-seen order with their counts; a kind of at most DIRECTORY_PAGE
 * companies is shown whole, most documented first, a larger one by its DIRECTORY_TOP.
 */
export function directoryKinds<C extends DirectoryCompany>(
  companies: readonly C[],
  counts: ReadonlyMap<string, number>,
): DirectoryKind<C>[] {
  const kinds = new Map<string, C[]>();
  for (const c of companies) {
    const list = kinds.get(c.kind);
    if (list) list.push(c);
    else kinds.set(c.kind, [c]);
  }
  return [...kinds].map(([kind, all]) => {
    const ranked = [...all].sort(
      (a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || byName(a, b),
    );
    const paged = all.length > DIRECTORY_PAGE;
    return {
      kind,
      count: all.length,
      shown: paged ? ranked.slice(0, DIRECTORY_TOP) : ranked,
      pages: paged ? pageCount(all.length, DIRECTORY_PAGE) : 0,
    };
  });
}

/** Returns the path of page `page` of kind `kind`'s list. */
export const kindPath = (kind: string, page: number): string =>
  page <= 1 ? `companies/kind/${kind}/` : `companies/kind/${kind}/${page}/`;

/**
 * Returns page `page` (1-based) of kind `kind`'s companies by name, as groups by initial in
 * alphabetical order.
 */
export function kindPage<C extends DirectoryCompany>(
  companies: readonly C[],
  kind: string,
  page: number,
): { initial: string; companies: C[] }[] {
  const sorted = companies.filter((c) => c.kind === kind).sort(byName);
  const groups = new Map<string, C[]>();
  for (const c of pageSlice(sorted, page, DIRECTORY_PAGE)) {
    const list = groups.get(initialOf(c));
    if (list) list.push(c);
    else groups.set(initialOf(c), [c]);
  }
  return [...groups].map(([initial, list]) => ({ initial, companies: list }));
}
