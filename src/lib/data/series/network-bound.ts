/**
 * Keeps the money network drawable at any corpus size: a chart shows at most NETWORK_LIMIT
 * flows, the largest ones, and folds every other deal into one 「その他」 flow whose amount is
 * the sum of their disclosed amounts; the full list stays on /data/deals/.
 */
import type { Deal } from '../../../schemas/deals';
import type { WithId } from '../../dataset/bundle';
import { groupedBy } from '../../dataset/build-index';
import { extentOf } from '../../money/bounds';
import { formatMoney, formatMoneyExact, type Money } from '../../money';
import type { NetworkLink, NetworkSeries } from './network';

/** The most flows one network chart draws before the rest become 「その他」. */
export const NETWORK_LIMIT = 40;

/** Node ids of the aggregate flow's two ends (never a company id: ids are lowercase slugs). */
export const OTHER_FROM = '__other_from';
export const OTHER_TO = '__other_to';

/** Id of the aggregate 「その他」 link. */
export const OTHER_LINK_ID = 'network-other';

const sortedMemo = new WeakMap<readonly object[], readonly WithId<Deal>[]>();

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Returns the deals where one of `companies` pays or receives (all deals when omitted) in id
 * order, read off per-build indexes by payer and receiver instead of a scan per chart.
 */
export function dealsTouching(
  deals: readonly WithId<Deal>[],
  companies?: readonly string[],
): readonly WithId<Deal>[] {
  if (!companies) {
    let sorted = sortedMemo.get(deals);
    if (!sorted) sortedMemo.set(deals, (sorted = [...deals].sort(byId)));
    return sorted;
  }
  const from = groupedBy(deals, 'from');
  const to = groupedBy(deals, 'to');
  const picked = new Set<WithId<Deal>>();
  for (const c of companies) {
    for (const d of from.get(c) ?? []) picked.add(d);
    for (const d of to.get(c) ?? []) picked.add(d);
  }
  return [...picked].sort(byId);
}

function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * Returns `s` unchanged when it has at most `limit` links; otherwise its `limit` largest links
 * (by upper amount, undisclosed last, then id) in their original order plus one 「その他」 link
 * carrying the count and the summed disclosed amount of the others.
 */
export function boundNetwork(s: NetworkSeries, limit: number = NETWORK_LIMIT): NetworkSeries {
  if (s.links.length <= limit) return s;
  const size = (l: NetworkLink) => (l.amount ? extentOf(l.amount) : -1);
  const ranked = [...s.links].sort((a, b) => size(b) - size(a) || byId(a, b));
  const keep = new Set(ranked.slice(0, limit));
  const rest = ranked.slice(limit);
  const total = rest.reduce((sum, l) => sum + (l.amount ? extentOf(l.amount) : 0), 0);
  const money: Money = {
    currency: 'USD',
    min: total,
    max: total,
    qualifier: 'approx',
    approximate: true,
    text: '',
  };
  const other: NetworkLink = {
    id: OTHER_LINK_ID,
    from: [OTHER_FROM],
    to: OTHER_TO,
    label: `その他${rest.length}件の取引`,
    kind: mostCommon(rest.map((l) => l.kind)),
    status: mostCommon(rest.map((l) => l.status)),
    ...(total > 0
      ? {
          amount: {
            lo: total,
            hi: total,
            qualifier: 'approx' as const,
            approximate: true,
            label: formatMoney(money),
            exact: `${formatMoneyExact(money)}(${rest.length}件の合計)`,
          },
        }
      : {}),
    sources: [],
  };
  const links = [...s.links.filter((l) => keep.has(l)), other];
  const names: Record<string, string> = { [OTHER_FROM]: 'その他', [OTHER_TO]: 'その他' };
  for (const l of links) for (const c of [...l.from, l.to]) names[c] ??= s.names[c] ?? c;
  return { names, links };
}
