import type { DataBundle } from '../dataset/bundle';
import { recordsForCompany } from '../dataset/joins';
import { chartId } from '../charts/chart-id';
import { groupedBy } from '../dataset/build-index';
import type { ChartProps, ChartUse } from './chart-catalogue';

/** The most rounds a company page's rounds and timeline charts draw: its most recent ones. */
export const COMPANY_ROUNDS_LIMIT = 30;

/**
 * Returns the charts a company page draws, with the page's titles: rounds when it has a single
 * round, a timeline from two, revenue, money flows when a deal involves it, GPUs; none when
 * no record involves the company (the rule of src/pages/companies/[id].astro).
 */
export function companyCharts(data: DataBundle, id: string, display: string): ChartUse[] {
  const records = recordsForCompany(data, id);
  if (records.length === 0) return [];
  const rounds = (groupedBy(data.fundingRounds, 'company').get(id) ?? []).filter(
    (r) => !r.cumulative && r.kind !== 'headline',
  );
  const companies = [id];
  const out: ChartUse[] = [];
  // A company with more rounds than a chart can hold draws its most recent ones; the table
  // below the charts lists them all. The chart keeps the id it has without the cut.
  const recent: ChartProps =
    rounds.length > COMPANY_ROUNDS_LIMIT
      ? {
          ids: [...rounds]
            .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
            .slice(0, COMPANY_ROUNDS_LIMIT)
            .map((r) => r.id),
        }
      : {};
  const cut = recent.ids ? `(直近${COMPANY_ROUNDS_LIMIT}件)` : '';
  if (rounds.length > 0) {
    out.push({
      component: 'RoundsChart',
      props: {
        companies,
        title: `${display}の資金調達額と評価額${cut}`,
        ...recent,
        ...(cut ? { id: chartId('rounds', companies) } : {}),
      },
    });
  }
  if (rounds.length > 1) {
    out.push({
      component: 'FundingTimeline',
      props: {
        companies,
        title: `${display}の資金調達の推移${cut}`,
        ...recent,
        ...(cut ? { id: chartId('timeline', companies) } : {}),
      },
    });
  }
  if (groupedBy(data.revenues, 'company').has(id)) {
    out.push({ component: 'RevenueChart', props: { companies, title: `${display}の売上高` } });
  }
  if (records.some((r) => r.collection === 'deals')) {
    out.push({
      component: 'MoneyNetwork',
      props: { companies, title: `${display}をめぐる資金の流れ` },
    });
  }
  if (groupedBy(data.gpuClusters, 'company').has(id)) {
    out.push({ component: 'GpuChart', props: { companies, title: `${display}のGPU規模` } });
  }
  return out;
}
