import type { DataBundle } from '../dataset/bundle';
import { bundleIndex, groupedBy } from '../dataset/build-index';
import { companyFigure, type KeyFigure } from './figures';

/** At most this many companies get a share card of their own; the rest share their kind's card. */
export const COMPANY_CARD_LIMIT = 300;

/** The share cards of the company pages: which companies have their own, and the kind cards. */
export interface CompanyCards {
  /** Ids of the companies with a card of their own, most records first, then by id. */
  own: string[];
  /** The company kinds (schema values) with at least one company that has no card of its own. */
  kinds: string[];
  /** Returns the path under the base of company `id`'s share card. */
  pathOf(id: string): string;
}

const memo = new WeakMap<DataBundle, CompanyCards>();

/**
 * Returns the company share cards of `bundle`, memoised on it: the COMPANY_CARD_LIMIT companies
 * with the most figure records (ties by id) get og/companies/<id>.png, every other company
 * points at og/companies/kind/<kind>.png. Rendering a card per company would cost ~40 ms each
 * and most of thousands of small companies' cards would show little but a name.
 */
export function companyCards(bundle: DataBundle, limit = COMPANY_CARD_LIMIT): CompanyCards {
  const known = limit === COMPANY_CARD_LIMIT ? memo.get(bundle) : undefined;
  if (known) return known;
  const records = bundleIndex(bundle).byCompany;
  const count = (id: string) => records.get(id)?.length ?? 0;
  const ranked = bundle.companies
    .map((c) => ({ id: c.id, n: count(c.id) }))
    .sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const own = ranked.slice(0, limit).map((c) => c.id);
  const mine = new Set(own);
  const kindOf = new Map(bundle.companies.map((c) => [c.id, c.kind]));
  const kinds = [
    ...new Set(bundle.companies.filter((c) => !mine.has(c.id)).map((c) => c.kind)),
  ].sort();
  const cards: CompanyCards = {
    own,
    kinds,
    pathOf: (id) =>
      mine.has(id) ? `og/companies/${id}.png` : `og/companies/kind/${kindOf.get(id)}.png`,
  };
  if (limit === COMPANY_CARD_LIMIT) memo.set(bundle, cards);
  return cards;
}

/**
 * Returns company `id`'s key figure (figures.ts companyFigure) from its own rounds (not
 * cumulative ones), its revenues and the deals it is a party to, read off per-build indexes.
 */
export function companyKeyFigure(bundle: DataBundle, id: string): KeyFigure | undefined {
  const deals = new Set([
    ...(groupedBy(bundle.deals, 'from').get(id) ?? []),
    ...(groupedBy(bundle.deals, 'to').get(id) ?? []),
  ]);
  return companyFigure({
    rounds: (groupedBy(bundle.fundingRounds, 'company').get(id) ?? []).filter((r) => !r.cumulative),
    revenues: groupedBy(bundle.revenues, 'company').get(id) ?? [],
    deals: [...deals],
  });
}
