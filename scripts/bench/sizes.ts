/**
 * Corpus sizes the bench knows. 1x has today's real counts (8 rounds, 21 companies, 9 deals,
 * 5 articles); every larger size adds, per 1,000 rounds, 250 companies, 1,125 deals and 50
 * articles, the mix the 10k size (≈ 2,500 companies, 11,000 deals, 500 articles) asks for.
 */
export const SIZE_NAMES = ['1x', '10x', '100x', '10k'] as const;

/** One of the named corpus sizes. */
export type SizeName = (typeof SIZE_NAMES)[number];

/** How many records of each kind a corpus holds. */
export interface CorpusCounts {
  rounds: number;
  companies: number;
  deals: number;
  articles: number;
}

const ROUNDS: Record<SizeName, number> = { '1x': 8, '10x': 80, '100x': 800, '10k': 10_000 };

/** Returns the record counts for a named size. */
export function countsFor(size: SizeName): CorpusCounts {
  const rounds = ROUNDS[size];
  const extra = rounds - 8;
  return {
    rounds,
    companies: 21 + Math.round(extra / 4),
    deals: 9 + Math.round(extra * 1.125),
    articles: 5 + Math.round(extra / 20),
  };
}

/** True when `name` is one of SIZE_NAMES. */
export function isSizeName(name: string): name is SizeName {
  return (SIZE_NAMES as readonly string[]).includes(name);
}
