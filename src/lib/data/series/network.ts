import type { Deal } from '../../../schemas/deals';
import { formatDateJa } from '../../site/dates';
import type { WithId } from '../../dataset/bundle';
import { labelOf } from '../../dataset/labels';
import { usdAmount, type UsdAmount } from './amount';
import { yearOf, type SeriesContext } from './context';
import { isDisputed } from './disputed';
import type { Cite, Table } from '../table-model';
import { boundNetwork, dealsTouching, NETWORK_LIMIT, OTHER_LINK_ID } from './network-bound';
import { figureCheck } from './verdicts';
import type { Verdict } from '../../verdicts';

/** One deal as a flow: payers (several for a joint venture), receiver, kind, amount in USD. */
export interface NetworkLink {
  id: string;
  from: string[];
  to: string;
  label: string;
  kind: Deal['kind'];
  status: Deal['status'];
  /** Undefined when the amount is not disclosed (or cannot be converted). */
  amount?: UsdAmount;
  /** First tranche of a larger commitment (Stargate: 1000億ドル of up to 5000億ドル). */
  initial?: UsdAmount;
  termYears?: number;
  date?: string;
  /** Ids of deals reporting a conflicting figure (conflicts_with) and the fact-check verdict. */
  conflicts?: string[];
  verdict?: Verdict | undefined;
  /** For a contradicted amount, the amount the primary source gives, in USD. */
  primary?: UsdAmount | undefined;
  sources: Cite[];
}

/** Who pays whom: company names by id and every selected deal. */
export interface NetworkSeries {
  names: Record<string, string>;
  links: NetworkLink[];
}

/**
 * Returns every deal (with or without an amount) touching `companies` (all deals when
 * omitted) as links in id order, plus the display name of each company they involve.
 */
export function prepareNetwork(
  deals: readonly WithId<Deal>[],
  ctx: SeriesContext,
  companies?: readonly string[],
  limit: number = NETWORK_LIMIT,
): NetworkSeries {
  const names: Record<string, string> = {};
  const links: NetworkLink[] = [];
  for (const d of dealsTouching(deals, companies)) {
    const from = Array.isArray(d.from) ? d.from : [d.from];
    for (const c of [...from, d.to]) names[c] = ctx.name(c);
    const year = d.date ? yearOf(d.date) : undefined;
    links.push({
      id: d.id,
      from,
      to: d.to,
      label: d.label ?? `${from.map(ctx.name).join('・')}→${ctx.name(d.to)}`,
      kind: d.kind,
      status: d.status,
      amount: usdAmount(d.amount, ctx, year),
      initial: usdAmount(d.initial_amount, ctx, year),
      termYears: d.term_years,
      date: d.date,
      conflicts: d.conflicts_with ?? [],
      ...figureCheck(ctx, 'deals', d.id, year),
      sources: d.sources,
    });
  }
  return boundNetwork({ names, links }, limit);
}

/**
 * Returns one sentence on the largest flow no record disputes and no check contradicted, and
 * how many deals have no disclosed amount.
 */
export function summarizeNetwork(s: NetworkSeries): string {
  // The 「その他」 aggregate is a sum of many deals, never "the largest flow".
  const other = s.links.find((l) => l.id === OTHER_LINK_ID);
  const sized = s.links.filter(
    (l) =>
      l !== other && l.amount && !isDisputed({ conflicts: l.conflicts ?? [], verdict: l.verdict }),
  );
  const top = [...sized].sort(
    (a, b) => (b.amount?.hi ?? b.amount?.lo ?? 0) - (a.amount?.hi ?? a.amount?.lo ?? 0),
  )[0];
  const hidden = s.links.filter((l) => !l.amount && l !== other).length;
  const disputed = s.links.filter(
    (l) => l.amount && isDisputed({ conflicts: l.conflicts ?? [], verdict: l.verdict }),
  );
  const left = disputed.length
    ? `食い違いや一次資料との相違がある${disputed.map((l) => `${l.label}の${l.amount?.label}`).join('、')}は比較から除いています。`
    : '';
  const lead = `${top ? `最大は${top.label}の${top.amount?.label}。` : ''}${left}`;
  const shown = other
    ? `金額の大きい${s.links.length - 1}件と「${other.label}」`
    : `${s.links.length}件の取引`;
  return `${shown}で、左の支払う側から右の受け取る側へ資金が流れます。線の太さは金額の平方根に比例します。${lead}${hidden ? `${hidden}件は金額が公表されていません。` : ''}`;
}

/** Returns the deals table: payer, receiver, kind, status, date, amount, with sources. */
export function networkTable(s: NetworkSeries): Table {
  return {
    columns: [
      { label: '支払う側' },
      { label: '受け取る側' },
      { label: '種類' },
      { label: '状況・時期' },
      { label: '金額', numeric: true },
    ],
    rows: s.links.map((l) => ({
      id: l.id,
      cells: [
        { text: l.from.map((f) => s.names[f] ?? f).join('・') },
        { text: s.names[l.to] ?? l.to },
        { text: labelOf(l.kind) },
        {
          text: [labelOf(l.status), l.date ? formatDateJa(l.date) : ''].filter(Boolean).join('・'),
        },
        l.amount
          ? {
              text: l.initial ? `${l.amount.label}(初期${l.initial.label})` : l.amount.label,
              exact: l.amount.exact,
              numeric: true,
            }
          : { text: '金額非公表', numeric: true },
      ],
      sources: l.sources,
    })),
  };
}
