import type { z } from 'zod';
import { CapexSchema } from '../../schemas/capex';
import { CompanySchema } from '../../schemas/companies';
import { DealSchema } from '../../schemas/deals';
import { FundingRoundSchema } from '../../schemas/funding-rounds';
import { GpuClusterSchema } from '../../schemas/gpu-clusters';
import { MarketSizeSchema } from '../../schemas/market-sizes';
import { RevenueSchema } from '../../schemas/revenues';
import { ShareSchema } from '../../schemas/shares';

/** One dataset: its folder under data/, content collection, schema and Japanese labels. */
export interface DatasetInfo {
  /** Folder name under data/, URL segment and download file name. */
  name: string;
  /** Astro content collection name. */
  collection: string;
  schema: z.ZodType;
  title: string;
  description: string;
}

/** Every dataset, in the order the data pages list them. */
export const DATASETS = [
  {
    name: 'funding-rounds',
    collection: 'fundingRounds',
    schema: FundingRoundSchema,
    title: '資金調達ラウンド',
    description: 'AI企業の資金調達: 調達額、評価額(ポストマネー)、投資家、交渉段階。',
  },
  {
    name: 'companies',
    collection: 'companies',
    schema: CompanySchema,
    title: '企業',
    description: '記事に登場する企業・投資家・合弁事業。匿名表記(某〜企業)の特定根拠を含む。',
  },
  {
    name: 'deals',
    collection: 'deals',
    schema: DealSchema,
    title: '戦略的取引',
    description: '企業間の出資、クラウド契約、計算資源の購入、建設受注、合弁事業。',
  },
  {
    name: 'capex',
    collection: 'capex',
    schema: CapexSchema,
    title: '設備投資',
    description: 'ハイパースケーラーなどのAI関連設備投資(計画・予測・実績)。',
  },
  {
    name: 'revenues',
    collection: 'revenues',
    schema: RevenueSchema,
    title: '売上高',
    description: '売上高、ARR(年間経常収益)、セグメント売上。実績と予測を区別。',
  },
  {
    name: 'market-sizes',
    collection: 'marketSizes',
    schema: MarketSizeSchema,
    title: '市場規模',
    description: 'AI市場、生成AI、AIチップなどの市場規模と成長率(CAGR・前年比)。',
  },
  {
    name: 'gpu-clusters',
    collection: 'gpuClusters',
    schema: GpuClusterSchema,
    title: 'GPUクラスタ',
    description: 'データセンターのGPU規模(建設済み・計画)。',
  },
  {
    name: 'shares',
    collection: 'shares',
    schema: ShareSchema,
    title: 'シェア',
    description: '地域別のAI向けVC投資シェアなど、全体に占める割合。',
  },
] as const satisfies readonly DatasetInfo[];

/** A dataset folder name. */
export type DatasetName = (typeof DATASETS)[number]['name'];
