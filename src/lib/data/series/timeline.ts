import type { FundingRound } from '../../../schemas/funding-rounds';
import { formatDateJa } from '../../site/dates';
import type { WithId } from '../../dataset/bundle';
import { labelOf } from '../../dataset/labels';
import type { UsdAmount } from './amount';
import type { SeriesContext } from './context';
import { exclusionSentences } from './disputed';
import { verdictText, type Verdict } from '../../verdicts';
import { dateSpan, type DateSpan } from './dates';
import { prepareRounds, type RoundRow, type RoundsFilter } from './rounds';
import type { Cite, Table } from '../table-model';

/** One round on the timeline: when (at the date's own precision) and how much, in USD. */
export interface TimelinePoint {
  id: string;
  name: string;
  /** The date as written (YYYY, YYYY-MM, YYYY-MM-DD) and the span it covers. */
  date: string;
  span: DateSpan;
  /** Whether the round is settled (announced, closed) or still reported as talks or rumour. */
  settled: boolean;
  statusLabel: string;
  /** True when the date is when an article reported the round (it happened then or earlier). */
  dateReported?: boolean;
  amount: UsdAmount;
  /** Ids of rounds reporting a conflicting figure for the same round. */
  conflicts: string[];
  /** The fact-check verdict of the amount, and the primary figure when contradicted. */
  verdict?: Verdict | undefined;
  primary?: UsdAmount | undefined;
  sources: Cite[];
}

/** Rounds in date order, with ids left out for want of an exchange rate. */
export interface TimelineSeries {
  points: TimelinePoint[];
  unconverted: string[];
  /** Selected figures that are not single rounds (cumulative totals, headline claims): not drawn. */
  notRounds: RoundRow[];
}

/**
 * Returns the selected single rounds as timeline points in date order (earliest span first);
 * cumulative totals and headline claims are not events, so they go to `notRounds`, undrawn.
 */
export function prepareTimeline(
  records: readonly WithId<FundingRound>[],
  ctx: SeriesContext,
  filter: RoundsFilter = {},
): TimelineSeries {
  const rounds = prepareRounds(records, ctx, filter);
  const notRounds = rounds.rows.filter((r) => r.kind !== 'round');
  const points = rounds.rows
    .filter((r) => r.kind === 'round')
    .map((r) => ({
      id: r.id,
      name: r.name,
      date: r.date,
      span: dateSpan(r.date),
      settled: r.status === 'announced' || r.status === 'closed',
      statusLabel: [
        labelOf(r.status),
        r.dateReported ? '報道時点' : undefined,
        r.conflicts.length ? '食い違い' : undefined,
      ]
        .filter(Boolean)
        .join('・'),
      dateReported: r.dateReported,
      amount: r.amount,
      conflicts: r.conflicts,
      verdict: r.verdict,
      primary: r.primary,
      sources: r.sources,
    }));
  points.sort((a, b) => a.span.mid - b.span.mid || a.id.localeCompare(b.id));
  return { points, unconverted: rounds.unconverted, notRounds };
}

/**
 * Returns one sentence on how many rounds the timeline shows and how many are unsettled, plus
 * one naming the selected figures it does not draw because they are not rounds.
 */
export function summarizeTimeline(series: TimelineSeries): string {
  const open = series.points.filter((p) => !p.settled).length;
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  const left = exclusionSentences(series.notRounds, true);
  if (!first || !last) return `該当する資金調達はありません。${left}`;
  return `${formatDateJa(first.date)}から${formatDateJa(last.date)}までの資金調達${series.points.length}件を時期と金額で並べています(うち${open}件は交渉中・観測段階)。${left}`;
}

/** Returns the timeline's data table: date as written, company, status, amount, sources. */
export function timelineTable(series: TimelineSeries): Table {
  return {
    columns: [
      { label: '時期' },
      { label: '企業' },
      { label: '状況' },
      { label: '調達額', numeric: true },
    ],
    rows: series.points.map((p) => ({
      id: p.id,
      cells: [
        { text: formatDateJa(p.date) },
        { text: p.name },
        { text: [p.statusLabel, ...(p.verdict ? [verdictText(p.verdict)] : [])].join('・') },
        { text: p.amount.label, exact: p.amount.exact, numeric: true },
      ],
      sources: p.sources,
    })),
  };
}
