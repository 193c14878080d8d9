/**
 * The components an article may contain: the chart components of src/components/charts/index.ts,
 * which src/pages/articles/[slug].astro hands to every article. A test keeps the two lists equal.
 */
export const EMBED_COMPONENTS: readonly string[] = [
  'CapexChart',
  'FundingTimeline',
  'GpuChart',
  'MarketChart',
  'MoneyNetwork',
  'RevenueChart',
  'RoundSplitChart',
  'RoundsChart',
  'SharesChart',
];
