import { getCollection } from 'astro:content';
import fxText from '../../../data/fx-rates.yaml?raw';
import { loadData } from '../../lib/content/data';
import type { DataBundle } from '../../lib/data/bundle';
import { nameLookup, usdConverter, type SeriesContext } from '../../lib/data/series/context';
import { loadFxTable } from '../../lib/money';

/** Returns every dataset and the context prepare* functions need (names, USD conversion, article titles). */
export async function loadChartData(): Promise<{ data: DataBundle; ctx: SeriesContext }> {
  const data = await loadData();
  const titles = new Map((await getCollection('articles')).map((a) => [a.id, a.data.title]));
  const ctx: SeriesContext = {
    name: nameLookup(data.companies),
    usd: usdConverter(loadFxTable(fxText)),
    article: (slug) => titles.get(slug) ?? slug,
  };
  return { data, ctx };
}
