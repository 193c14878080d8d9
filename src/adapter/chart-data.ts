import { loadData } from './data';
import { articleTitles } from './titles';
import type { DataBundle } from '../lib/dataset/bundle';
import { nameLookup } from '../lib/dataset/joins';
import { usdConverter, type SeriesContext } from '../lib/data/series/context';
import { fxTable } from './fx';
import { primaryLookup, verdictLookup } from '../lib/data/series/verdicts';

let cached: Promise<{ data: DataBundle; ctx: SeriesContext }> | undefined;

/**
 * Returns every dataset and the context prepare* functions need (names, USD conversion, article
 * titles), built once per build rather than once per chart.
 */
export function loadChartData(): Promise<{ data: DataBundle; ctx: SeriesContext }> {
  // The dev server keeps modules alive across edits, so only a build may reuse the result.
  if (import.meta.env.DEV) cached = undefined;
  cached ??= (async () => {
    const data = await loadData();
    const titles = await articleTitles();
    const ctx: SeriesContext = {
      name: nameLookup(data.companies),
      usd: usdConverter(fxTable()),
      article: (slug) => titles.get(slug) ?? slug,
      verdict: verdictLookup(data.checks),
      primary: primaryLookup(data.checks),
    };
    return { data, ctx };
  })();
  return cached;
}
