import { chartId } from '../charts/chart-id';

/**
 * Every chart the site gives a permalink page, found where it is placed: the chart tags in
 * article bodies and the home page's charts, with the company pages that draw them too. A chart's id comes from its kind and the props
 * that select its data (the components' own rule), so one chart placed on two pages has one
 * permalink page listing both places.
 */

/** The chart components and the id prefix each uses. */
export const CHART_KINDS = {
  RoundsChart: 'rounds',
  FundingTimeline: 'timeline',
  RoundSplitChart: 'split',
  CapexChart: 'capex',
  MarketChart: 'markets',
  RevenueChart: 'revenue',
  MoneyNetwork: 'network',
  SharesChart: 'shares',
  GpuChart: 'gpus',
} as const;

/** A chart component name. */
export type ChartComponent = keyof typeof CHART_KINDS;

/** Props a chart tag may carry: strings, numbers and lists of strings. */
export type ChartProps = Record<string, string | number | string[]>;

/** One chart as placed on a page. */
export interface ChartUse {
  component: ChartComponent;
  props: ChartProps;
}

/** One chart of the catalogue: its id, how to draw it, and the pages it appears on. */
export interface ChartEntry extends ChartUse {
  id: string;
  /** Where it appears: page path under the base and that page's title. */
  places: { path: string; title: string }[];
}

const TAG = /^\s*<([A-Z][A-Za-z]*)\b([^>]*?)\/>\s*$/gm;
const PROP = /([a-z][A-Za-z]*)=(?:"([^"]*)"|\{([^}]*)\})/g;

/** Returns the chart tags in an MDX body, in order, with their props parsed. */
export function chartsInMdx(mdx: string): ChartUse[] {
  const out: ChartUse[] = [];
  for (const [, name, attrs = ''] of mdx.matchAll(TAG)) {
    if (!name || !(name in CHART_KINDS)) continue;
    const props: ChartProps = {};
    for (const [, key, text, expr] of attrs.matchAll(PROP)) {
      if (!key) continue;
      props[key] = text ?? (JSON.parse(expr ?? 'null') as string | number | string[]);
    }
    out.push({ component: name as ChartComponent, props });
  }
  return out;
}

const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : undefined);
const one = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? v : undefined);

/**
 * Returns the element id the component gives a chart with these props, as the components
 * compute it; `roundExists` drops round ids that no longer exist, as they do.
 */
export function chartIdOf(use: ChartUse, roundExists: (id: string) => boolean): string {
  const p = use.props;
  if (typeof p.id === 'string') return p.id;
  const kind = CHART_KINDS[use.component];
  switch (use.component) {
    case 'RoundsChart':
    case 'FundingTimeline':
      return chartId(kind, list(p.companies), list(p.ids)?.filter(roundExists));
    case 'CapexChart':
      return chartId(kind, one(p.year) ?? 2026);
    case 'SharesChart':
      return chartId(kind, one(p.metric) ?? 'ai-venture-money', one(p.year));
    case 'MarketChart':
      return chartId(kind, list(p.markets));
    case 'RoundSplitChart':
      return chartId(kind, one(p.round));
    default:
      return chartId(kind, list(p.companies));
  }
}

/** A page as the catalogue reads it: its path, title and the charts it shows. */
export interface CataloguePage {
  path: string;
  title: string;
  charts: readonly ChartUse[];
  /**
   * False for pages whose charts are drawn from the data for every record (company pages):
   * their places are listed on the permalink pages other pages made, but a chart shown only
   * there gets none, so the number of chart pages follows the editor's choices (home and
   * articles), not the size of the data.
   */
  ownsCharts?: boolean;
}

/**
 * Returns one entry per distinct chart id that a page owning charts shows (each a path, title
 * and the charts it shows), in order of first appearance, with every place it appears, owning
 * or not; the first owning placement's props draw the permalink page.
 */
export function chartCatalogue(
  pages: readonly CataloguePage[],
  roundExists: (id: string) => boolean,
): ChartEntry[] {
  const byId = new Map<string, ChartEntry>();
  const place = (page: CataloguePage, create: boolean) => {
    for (const use of page.charts) {
      const id = chartIdOf(use, roundExists);
      const entry = byId.get(id) ?? (create ? { ...use, id, places: [] } : undefined);
      if (!entry) continue;
      if (!entry.places.some((p) => p.path === page.path)) {
        entry.places.push({ path: page.path, title: page.title });
      }
      byId.set(id, entry);
    }
  };
  for (const page of pages) if (page.ownsCharts !== false) place(page, true);
  for (const page of pages) if (page.ownsCharts === false) place(page, false);
  return [...byId.values()];
}

const DEFAULT_TITLES: Readonly<Record<ChartComponent, string>> = {
  RoundsChart: 'AI企業の資金調達額と評価額',
  FundingTimeline: 'AI企業の資金調達の時系列',
  RoundSplitChart: '資金調達の内訳',
  CapexChart: 'AI関連設備投資: 社別の計画と報じられた合計',
  MarketChart: 'AI関連の市場規模と成長率',
  RevenueChart: '売上高・ARRの実績と予測',
  MoneyNetwork: 'AIマネーの流れ: 誰が誰に払うのか',
  SharesChart: '地域別シェア',
  GpuChart: 'GPUクラスタの規模',
};

/** Returns the title a chart page gives a chart: its title prop, else its kind's usual title. */
export function chartTitle(use: ChartUse): string {
  if (typeof use.props.title === 'string') return use.props.title;
  // CapexChart names its year, as the component's own default title does.
  if (use.component === 'CapexChart')
    return `${use.props.year ?? 2026}年の${DEFAULT_TITLES.CapexChart}`;
  return DEFAULT_TITLES[use.component];
}
