/**
 * The one list of datasets. Adding a dataset is a schema file in src/schemas/ plus one entry
 * here: the content collection, data bundle, data page, downloads, reference checks and company
 * joins all derive from this list (docs/architecture.md).
 */
import { CapexSchema } from '../../schemas/capex';
import { CheckSchema } from '../../schemas/checks';
import { CompanySchema } from '../../schemas/companies';
import { DealSchema } from '../../schemas/deals';
import { FundingRoundSchema } from '../../schemas/funding-rounds';
import { GpuClusterSchema } from '../../schemas/gpu-clusters';
import { MarketSizeSchema } from '../../schemas/market-sizes';
import { RevenueSchema } from '../../schemas/revenues';
import { ShareSchema } from '../../schemas/shares';
import { defineDataset, type DatasetInfo } from './define';

export type { DatasetInfo, RefRule } from './define';

/** Every dataset, in the order the data pages list them. */
export const DATASETS = [
  defineDataset({
    name: 'funding-rounds',
    collection: 'fundingRounds',
    schema: FundingRoundSchema,
    title: '資金調達ラウンド',
    description: 'AI企業の資金調達: 調達額、評価額(ポストマネー)、投資家、交渉段階。',
    figures: true,
    refs: {
      company: { to: 'companies' },
      investors: { to: 'companies', check: 'id-like' },
      lead_investors: { to: 'companies', check: 'id-like' },
    },
  }),
  defineDataset({
    name: 'companies',
    collection: 'companies',
    schema: CompanySchema,
    title: '企業',
    description: '記事に登場する企業・投資家・合弁事業。匿名表記(某〜企業)の特定根拠を含む。',
    figures: false,
    refs: {},
  }),
  defineDataset({
    name: 'deals',
    collection: 'deals',
    schema: DealSchema,
    title: '戦略的取引',
    description: '企業間の出資、クラウド契約、計算資源の購入、建設受注、合弁事業。',
    figures: true,
    refs: { from: { to: 'companies' }, to: { to: 'companies' } },
  }),
  defineDataset({
    name: 'capex',
    collection: 'capex',
    schema: CapexSchema,
    title: '設備投資',
    description: 'ハイパースケーラーなどのAI関連設備投資(計画・予測・実績)。',
    figures: true,
    refs: { companies: { to: 'companies' } },
  }),
  defineDataset({
    name: 'revenues',
    collection: 'revenues',
    schema: RevenueSchema,
    title: '売上高',
    description: '売上高、ARR(年間経常収益)、セグメント売上。実績と予測を区別。',
    figures: true,
    refs: { company: { to: 'companies' } },
  }),
  defineDataset({
    name: 'market-sizes',
    collection: 'marketSizes',
    schema: MarketSizeSchema,
    title: '市場規模',
    description: 'AI市場、生成AI、AIチップなどの市場規模と成長率(CAGR・前年比)。',
    figures: true,
    refs: {},
  }),
  defineDataset({
    name: 'gpu-clusters',
    collection: 'gpuClusters',
    schema: GpuClusterSchema,
    title: 'GPUクラスタ',
    description: 'データセンターのGPU規模(建設済み・計画)。',
    figures: true,
    refs: { company: { to: 'companies' } },
  }),
  defineDataset({
    name: 'shares',
    collection: 'shares',
    schema: ShareSchema,
    title: 'シェア',
    description: '地域別のAI向けVC投資シェアなど、全体に占める割合。',
    figures: true,
    refs: {},
  }),
  defineDataset({
    name: 'checks',
    collection: 'checks',
    schema: CheckSchema,
    title: 'ファクトチェック',
    description:
      '記事の数字を一次資料(届出書類、決算発表、会社発表、公的統計)と照合した結果と、記事内の食い違い。',
    figures: false,
    idPattern: /^[a-z0-9]+(-[a-z0-9]+)*(--[a-z0-9]+(-[a-z0-9]+)*(--[a-z0-9]+(_[a-z0-9]+)*)?)?$/,
    refs: {
      record: { to: '*', field: 'field' },
      also: { to: '*' },
      article: { to: 'articles' },
    },
  }),
] as const;

/** One registered dataset, with its literal name, collection and schema. */
export type Dataset = (typeof DATASETS)[number];

/** A dataset folder name. */
export type DatasetName = Dataset['name'];

/** A dataset's content-collection name (the key in the data bundle). */
export type CollectionName = Dataset['collection'];

/** A list of datasets the derived functions accept; the registry itself by default. */
export type Registry = readonly DatasetInfo[];

/** Returns the dataset with folder `name` in `registry`, or undefined. */
export function datasetNamed(name: string, registry: Registry = DATASETS): DatasetInfo | undefined {
  return registry.find((d) => d.name === name);
}
