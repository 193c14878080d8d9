import type { Capex } from '../../schemas/capex';
import type { Company } from '../../schemas/companies';
import type { Deal } from '../../schemas/deals';
import type { FundingRound } from '../../schemas/funding-rounds';
import type { GpuCluster } from '../../schemas/gpu-clusters';
import type { MarketSize } from '../../schemas/market-sizes';
import type { Revenue } from '../../schemas/revenues';
import type { Share } from '../../schemas/shares';

/** A record with its id (the file name without .yaml). */
export type WithId<T> = T & { id: string };

/** Every dataset's records, keyed by collection name. */
export interface DataBundle {
  companies: WithId<Company>[];
  fundingRounds: WithId<FundingRound>[];
  deals: WithId<Deal>[];
  capex: WithId<Capex>[];
  revenues: WithId<Revenue>[];
  marketSizes: WithId<MarketSize>[];
  gpuClusters: WithId<GpuCluster>[];
  shares: WithId<Share>[];
}

/** Collection names of the datasets whose records cite articles. */
export type FigureCollection = Exclude<keyof DataBundle, 'companies'>;

/** The collections holding figures, in the order pages list them. */
export const FIGURE_COLLECTIONS: FigureCollection[] = [
  'fundingRounds',
  'deals',
  'capex',
  'revenues',
  'marketSizes',
  'gpuClusters',
  'shares',
];
