/**
 * Capex series: records -> company bars, group totals and the sum bar. Over 150 lines because
 * the sum-vs-total reconciliation and its notes must see the same rows as the bars.
 */
import type { Capex } from '../../../schemas/capex';
import { formatMoney, formatMoneyExact, type Money } from '../../money';
import type { WithId } from '../../dataset/bundle';
import { labelOf } from '../../dataset/labels';
import { usdAmount, type UsdAmount } from './amount';
import type { SeriesContext } from './context';
import type { Cite, Table } from '../table-model';
import { figureCheck } from './verdicts';
import type { Verdict } from '../../verdicts';

/** One capex figure: a company's, or a group total as one article reports it; USD. */
export interface CapexRow {
  id: string;
  label: string;
  basis: Capex['basis'];
  amount: UsdAmount;
  /** Titles (or slugs) of the articles reporting it, in citation order. */
  reportedBy: string[];
  conflictsWith: string[];
  /** The fact-check verdict of the amount, when one exists. */
  verdict?: Verdict | undefined;
  /** For a contradicted amount, the amount the primary source gives, in USD. */
  primary?: UsdAmount | undefined;
  sources: Cite[];
}

/** A year's capex: per-company figures, their sum, and the reported group totals. */
export interface CapexSeries {
  year: number;
  companies: CapexRow[];
  /** Sum of the per-company figures, bounded as they are (one 以上 makes the sum 以上). */
  sum?: UsdAmount;
  /** Companies that group totals include but no per-company figure covers. */
  missing: string[];
  /** Group totals, conflicting ones next to each other. */
  totals: CapexRow[];
}

function row(r: WithId<Capex>, ctx: SeriesContext): CapexRow | undefined {
  const amount = usdAmount(r.amount, ctx, r.year);
  if (!amount) return undefined;
  const article = ctx.article ?? ((s: string) => s);
  return {
    id: r.id,
    label: r.group ?? r.companies.map(ctx.name).join('・'),
    basis: r.basis,
    amount,
    reportedBy: [...new Set(r.sources.map((s) => s.article))].map(article),
    conflictsWith: r.conflicts_with ?? [],
    ...figureCheck(ctx, 'capex', r.id, r.year),
    sources: r.sources,
  };
}

/** Returns the sum of bounded USD amounts: lower bounds add up, and any open upper bound leaves the sum open. */
export function sumAmounts(amounts: readonly UsdAmount[]): UsdAmount | undefined {
  if (amounts.length === 0) return undefined;
  const lo = amounts.reduce((a, m) => a + (m.lo ?? 0), 0);
  const open = amounts.some((m) => m.hi === null);
  const hi = open ? null : amounts.reduce((a, m) => a + (m.hi ?? 0), 0);
  const qualifier: Money['qualifier'] = open
    ? 'at-least'
    : hi !== lo
      ? amounts.some((m) => m.lo === null) && lo === 0
        ? 'up-to'
        : 'range'
      : 'exact';
  const m: Money = {
    currency: 'USD',
    min: qualifier === 'up-to' ? null : lo,
    max: hi,
    qualifier,
    approximate: amounts.some((a) => a.approximate),
    text: '',
  };
  return {
    lo: m.min,
    hi: m.max,
    qualifier,
    approximate: m.approximate,
    label: formatMoney(m),
    exact: formatMoneyExact(m),
  };
}

/**
 * Returns `year`'s capex: single-company records largest first, their sum, the companies in
 * the group totals that have no figure of their own, and the group totals ordered so that
 * records linked by conflicts_with sit together (largest first).
 */
export function prepareCapex(
  records: readonly WithId<Capex>[],
  ctx: SeriesContext,
  year = 2026,
): CapexSeries {
  const ofYear = records.filter((r) => r.year === year);
  const single = ofYear.filter((r) => r.companies.length === 1 && !r.group);
  const groups = ofYear.filter((r) => !single.includes(r));
  const size = (r: CapexRow) => r.amount.hi ?? r.amount.lo ?? 0;
  const companies = single
    .flatMap((r) => row(r, ctx) ?? [])
    .sort((a, b) => size(b) - size(a) || a.id.localeCompare(b.id));
  const totals = groups
    .flatMap((r) => row(r, ctx) ?? [])
    .sort((a, b) => size(b) - size(a) || a.id.localeCompare(b.id));
  // Keep each conflict cluster contiguous, in the order its largest member appears.
  const ordered: CapexRow[] = [];
  for (const t of totals) {
    if (ordered.includes(t)) continue;
    ordered.push(
      t,
      ...totals.filter(
        (o) =>
          !ordered.includes(o) &&
          (o.conflictsWith.includes(t.id) || t.conflictsWith.includes(o.id)),
      ),
    );
  }
  const named = new Set(single.flatMap((r) => r.companies));
  const missing = [...new Set(groups.flatMap((g) => g.companies))]
    .filter((c) => !named.has(c))
    .map(ctx.name);
  return {
    year,
    companies,
    sum: sumAmounts(companies.map((c) => c.amount)),
    missing,
    totals: ordered,
  };
}

/** Returns one sentence comparing the named companies' sum with the reported totals. */
export function summarizeCapex(s: CapexSeries): string {
  const totals = s.totals.map((t) => `${t.amount.label}(${t.label})`).join('と');
  const conflict = s.totals.some((t) => t.conflictsWith.length > 0);
  // A sum of figures a check contradicted says so in the same sentence: it is not a fact.
  const wrong = s.companies.filter((c) => c.verdict === 'contradicted').map((c) => c.label);
  const caveat = wrong.length ? `(うち${wrong.join('・')}の数字は一次資料と相違)` : '';
  const sum = s.sum
    ? `社別に報じられた${s.companies.length}社の合計は${s.sum.label}${caveat}`
    : '社別の数字はなく';
  const miss = s.missing.length ? `(${s.missing.join('・')}の額は報じられていない)` : '';
  return `${s.year}年のAI関連設備投資について、${sum}${miss}。${totals ? `合計としては${totals}が報じられています${conflict ? '(記事によって食い違う)' : ''}。` : ''}`;
}

/** Returns the capex table: each company, the computed sum, and each reported total with its sources. */
export function capexTable(s: CapexSeries): Table {
  const cells = (label: string, r: CapexRow) => [
    { text: label },
    { text: labelOf(r.basis) },
    { text: r.amount.label, exact: r.amount.exact, numeric: true },
  ];
  return {
    columns: [
      { label: '対象' },
      { label: '区分' },
      { label: `${s.year}年の設備投資`, numeric: true },
    ],
    rows: [
      ...s.companies.map((r) => ({ id: r.id, cells: cells(r.label, r), sources: r.sources })),
      ...(s.sum
        ? [
            {
              id: `sum-${s.year}`,
              cells: [
                {
                  text: `社別の合計(計算値${s.missing.length ? `、${s.missing.join('・')}を含まない` : ''})`,
                },
                { text: '—' },
                { text: s.sum.label, exact: s.sum.exact, numeric: true },
              ],
              sources: s.companies.flatMap((r) => r.sources),
            },
          ]
        : []),
      ...s.totals.map((r) => ({
        id: r.id,
        cells: cells(`${r.label}(報じられた合計)`, r),
        sources: r.sources,
      })),
    ],
  };
}
