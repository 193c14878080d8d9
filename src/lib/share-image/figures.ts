import { extractAmountSpans, formatMoney } from '../money/index';
import type { Money } from '../money/types';

/** A key figure for a share card: the amount as the site writes it and what it measures. */
export interface KeyFigure {
  value: string;
  label: string;
}

/** Returns the first amount written in `text`, exactly as written (300億ドル超), or undefined. */
export function firstAmount(text: string): string | undefined {
  const span = extractAmountSpans(text)[0];
  return span ? text.slice(span.start, span.end).trim() : undefined;
}

/**
 * Returns an article's key figure: the first amount in its title (見出し), else the first in its
 * excerpt (要旨), else undefined.
 */
export function articleFigure(title: string, excerpt?: string): KeyFigure | undefined {
  const inTitle = firstAmount(title);
  if (inTitle) return { value: inTitle, label: '見出し' };
  const inExcerpt = excerpt ? firstAmount(excerpt) : undefined;
  return inExcerpt ? { value: inExcerpt, label: '要旨' } : undefined;
}

/**
 * Returns a chart's key figure from its summary sentence: the amount after 最大は (labelled
 * 最大), else the first amount or percentage in it (labelled with the chart kind), else undefined.
 */
export function chartFigure(summary: string): KeyFigure | undefined {
  const at = summary.indexOf('最大は');
  const largest = at >= 0 ? firstAmount(summary.slice(at + 3)) : undefined;
  if (largest) return { value: largest, label: '最大' };
  const first = firstAmount(summary);
  if (first) return { value: first, label: '' };
  const share = /約?\d+(\.\d+)?%/.exec(summary)?.[0];
  return share ? { value: share, label: '' } : undefined;
}

/** The records a company card draws its figure from (amounts already parsed). */
export interface CompanyFigures {
  rounds: { amount: Money; valuation?: Money | undefined }[];
  revenues: { amount: Money }[];
  deals: { amount?: Money | undefined }[];
}

const size = (m: Money) => m.max ?? m.min ?? 0;
const largest = <T>(items: T[], pick: (t: T) => Money | undefined): Money | undefined =>
  items
    .map(pick)
    .filter((m): m is Money => !!m)
    .sort((a, b) => size(b) - size(a))[0];

/**
 * Returns a company's key figure: its highest reported valuation (評価額), else its largest
 * round (調達額), revenue (売上高) or deal (取引額), else undefined. Amounts in different
 * currencies are compared by face value, so a card may pick a yen figure over a dollar one.
 */
export function companyFigure(r: CompanyFigures): KeyFigure | undefined {
  const choices: [string, Money | undefined][] = [
    ['評価額', largest(r.rounds, (x) => x.valuation)],
    ['調達額', largest(r.rounds, (x) => x.amount)],
    ['売上高', largest(r.revenues, (x) => x.amount)],
    ['取引額', largest(r.deals, (x) => x.amount)],
  ];
  const hit = choices.find(([, m]) => m);
  return hit?.[1] ? { value: formatMoney(hit[1]), label: hit[0] } : undefined;
}
