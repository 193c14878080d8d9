import type { DataBundle } from '../dataset/bundle';
import { recordsForCompany } from '../dataset/joins';
import type { ChartUse } from './chart-catalogue';

/**
 * Returns the charts a company page draws, with the page's titles: rounds when it has a single
 * round, a timeline from two, revenue, money flows when a deal involves it, GPUs; none when
 * no record involves the company (the rule of src/pages/companies/[id].astro).
 */
export function companyCharts(data: DataBundle, id: string, display: string): ChartUse[] {
  const records = recordsForCompany(data, id);
  if (records.length === 0) return [];
  const rounds = data.fundingRounds.filter(
    (r) => r.company === id && !r.cumulative && r.kind !== 'headline',
  );
  const companies = [id];
  const out: ChartUse[] = [];
  if (rounds.length > 0) {
    out.push({
      component: 'RoundsChart',
      props: { companies, title: `${display}の資金調達額と評価額` },
    });
  }
  if (rounds.length > 1) {
    out.push({
      component: 'FundingTimeline',
      props: { companies, title: `${display}の資金調達の推移` },
    });
  }
  if (data.revenues.some((r) => r.company === id)) {
    out.push({ component: 'RevenueChart', props: { companies, title: `${display}の売上高` } });
  }
  if (records.some((r) => r.collection === 'deals')) {
    out.push({
      component: 'MoneyNetwork',
      props: { companies, title: `${display}をめぐる資金の流れ` },
    });
  }
  if (data.gpuClusters.some((r) => r.company === id)) {
    out.push({ component: 'GpuChart', props: { companies, title: `${display}のGPU規模` } });
  }
  return out;
}
