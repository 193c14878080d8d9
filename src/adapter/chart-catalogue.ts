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

/** Returns every chart on the site (home, articles, companies) with its places; once per build. */
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

/** The static paths of the per-chart routes (page and embed): one per chart, with its props. */
export async function chartPaths(): Promise<{ params: { id: string }; props: ChartPageProps }[]> {
  return (await loadChartCatalogue()).map((entry) => ({
    params: { id: entry.id },
    props: { entry, title: chartTitle(entry) },
  }));
}
