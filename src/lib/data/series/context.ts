import { toUsd, type FxTable, type Money } from '../../money';
import type { Verdict } from '../../verdicts';

/** What every prepare* function needs besides records: display names and a USD converter. */
export interface SeriesContext {
  /** Returns the display name of a company id (name_ja, else name, else the id). */
  name: (id: string) => string;
  /** Returns `m` converted to US dollars at the rate for `year`, or undefined when no rate is known. */
  usd: (m: Money, year?: number) => Money | undefined;
  /** Returns an article's title by slug, for charts that name a figure's source in the SVG. */
  article?: (slug: string) => string;
  /** Returns the fact-check verdict of a record (`contradicted`, `consistent`, …), when one exists. */
  verdict?: (dataset: string, id: string) => Verdict | undefined;
  /** Returns the amount a primary source gives for a record whose amount a check contradicted. */
  primary?: (dataset: string, id: string) => Money | undefined;
}

/** Returns the year of a YYYY, YYYY-MM or YYYY-MM-DD date string. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Returns a SeriesContext['usd'] that converts with the editor-maintained FX table. */
export function usdConverter(table: FxTable): SeriesContext['usd'] {
  return (m, year) => {
    const r = toUsd(m, table, year);
    return r && { ...m, currency: 'USD', min: r.min, max: r.max };
  };
}
