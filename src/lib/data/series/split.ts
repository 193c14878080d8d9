import type { Deal } from '../../../schemas/deals';
import type { FundingRound } from '../../../schemas/funding-rounds';
import { formatDateJa } from '../../site/dates';
import type { WithId } from '../../dataset/bundle';
import { labelOf } from '../../dataset/labels';
import { usdAmount, type UsdAmount } from './amount';
import { yearOf, type SeriesContext } from './context';
import type { Cite, Table } from '../table-model';

/** One instrument of a round (株式, 債務, …) with its amount in USD. */
export interface SplitPart {
  key: string;
  label: string;
  amount: UsdAmount;
}

/** A named investor's share inside one part, from a deal record. */
export interface SplitInside {
  id: string;
  part: string;
  name: string;
  statusLabel: string;
  amount: UsdAmount;
  sources: Cite[];
}

/** A round split into its instruments, with known investors' shares inside them; USD. */
export interface SplitSeries {
  id: string;
  name: string;
  detail: string;
  total: UsdAmount;
  parts: SplitPart[];
  inside: SplitInside[];
  sources: Cite[];
}

const ORDER = ['equity', 'convertible', 'other', 'debt'];

/**
 * Returns the split of round `roundId` by instrument, with every equity-investment deal into
 * the same company that cites one of the round's articles drawn inside the equity part; returns
 * undefined when the round is missing, has no instruments or cannot be converted to USD.
 */
export function prepareSplit(
  roundId: string,
  rounds: readonly WithId<FundingRound>[],
  deals: readonly WithId<Deal>[],
  ctx: SeriesContext,
): SplitSeries | undefined {
  const round = rounds.find((r) => r.id === roundId);
  if (!round?.instruments) return undefined;
  const year = yearOf(round.date);
  const total = usdAmount(round.amount, ctx, year);
  if (!total) return undefined;
  const parts: SplitPart[] = [];
  for (const key of ORDER) {
    const amount = usdAmount(round.instruments[key as keyof typeof round.instruments], ctx, year);
    if (amount) parts.push({ key, label: labelOf(key), amount });
  }
  const articles = new Set(round.sources.map((s) => s.article));
  const inside: SplitInside[] = [];
  if (parts.some((p) => p.key === 'equity')) {
    for (const d of deals) {
      if (d.to !== round.company || d.kind !== 'equity-investment') continue;
      if (!d.sources.some((s) => articles.has(s.article))) continue;
      const amount = usdAmount(d.amount, ctx, d.date ? yearOf(d.date) : year);
      if (!amount) continue;
      const from = Array.isArray(d.from) ? d.from : [d.from];
      inside.push({
        id: d.id,
        part: 'equity',
        name: from.map(ctx.name).join('・'),
        statusLabel: labelOf(d.status),
        amount,
        sources: d.sources,
      });
    }
  }
  return {
    id: round.id,
    name: ctx.name(round.company),
    detail: [round.round, formatDateJa(round.date), labelOf(round.status)]
      .filter(Boolean)
      .join('・'),
    total,
    parts,
    inside,
    sources: round.sources,
  };
}

/** Returns one sentence describing the split: total, each part, and investors inside them. */
export function summarizeSplit(s: SplitSeries): string {
  const parts = s.parts.map((p) => `${p.label}${p.amount.label}`).join('、');
  const inside = s.inside
    .map((i) => `${labelOf(i.part)}のうち${i.name}の分は${i.amount.label}(${i.statusLabel})です。`)
    .join('');
  return `${s.name}の${s.total.label}の調達(${s.detail})は${parts}からなります。${inside}`;
}

/** Returns the split's data table: the total, each part and each investor share, with sources. */
export function splitTable(s: SplitSeries): Table {
  const money = (a: UsdAmount) => ({ text: a.label, exact: a.exact, numeric: true });
  return {
    columns: [{ label: '項目' }, { label: '金額', numeric: true }],
    rows: [
      {
        id: s.id,
        cells: [{ text: `${s.name} 調達総額(${s.detail})` }, money(s.total)],
        sources: s.sources,
      },
      ...s.parts.map((p) => ({
        id: `${s.id}-${p.key}`,
        cells: [{ text: `うち${p.label}` }, money(p.amount)],
        sources: s.sources,
      })),
      ...s.inside.map((i) => ({
        id: i.id,
        cells: [{ text: `${labelOf(i.part)}のうち${i.name}(${i.statusLabel})` }, money(i.amount)],
        sources: i.sources,
      })),
    ],
  };
}
