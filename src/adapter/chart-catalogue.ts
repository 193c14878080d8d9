import { getArticles } from './articles';
import { loadData } from './data';
import {
  chartCatalogue,
  chartsInMdx,
  chartTitle,
  type ChartEntry,
} from '../lib/nav/chart-catalogue';
import { companyCharts } from '../lib/nav/company-charts';

let cached: Promise<ChartEntry[]> | undefined;

/**
 * Returns every chart with a permalink page (those the home page and the articles place) with
 * all its places, company pages included; once per build.
 */
export function loadChartCatalogue(): Promise<ChartEntry[]> {
  if (import.meta.env.DEV) cached = undefined;
  cached ??= (async () => {
    const [articles, data] = await Promise.all([getArticles(), loadData()]);
    const rounds = new Set(data.fundingRounds.map((r) => r.id));
    const pages = [
      { path: '', title: 'ホーム', charts: [{ component: 'MoneyNetwork' as const, props: {} }] },
      ...articles.map((a) => ({
        path: `articles/${a.id}/`,
        title: a.data.title,
        charts: chartsInMdx(a.body ?? ''),
      })),
      ...data.companies.map((c) => ({
        path: `companies/${c.id}/`,
        title: c.name_ja ?? c.name,
        charts: companyCharts(data, c.id, c.name_ja ?? c.name),
        ownsCharts: false,
      })),
    ];
    return chartCatalogue(pages, (id) => rounds.has(id));
  })();
  return cached;
}

/** What each per-chart route (page and embed) is given: the chart and its title. */
export interface ChartPageProps {
  entry: ChartEntry;
  title: string;
}

let ids: Promise<Set<string>> | undefined;

/** Returns whether chart `id` has a permalink page; what a chart frame asks before linking it. */
export function hasChartPage(id: string): Promise<boolean> {
  if (import.meta.env.DEV) ids = undefined;
  ids ??= loadChartCatalogue().then((all) => new Set(all.map((e) => e.id)));
  return ids.then((known) => known.has(id));
}

/** The static paths of the per-chart routes (page and embed): one per chart, with its props. */
export async function chartPaths(): Promise<{ params: { id: string }; props: ChartPageProps }[]> {
  return (await loadChartCatalogue()).map((entry) => ({
    params: { id: entry.id },
    props: { entry, title: chartTitle(entry) },
  }));
}
