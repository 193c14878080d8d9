import type { Share } from '../../../schemas/shares';
import { boundedOf, type Bounded } from '../../money/bounds';
import type { WithId } from '../../dataset/bundle';
import { countryName, formatPercent, labelOf } from '../../dataset/labels';
import type { Cite, Table } from '../table-model';

/** One subject's share of the whole, in percent, bounded as the article bounds it. */
export interface SharePart {
  id: string;
  subject: string;
  share: Bounded;
  /** As the article writes it: 約80%, 1%未満. */
  label: string;
  basis: Share['basis'];
  sources: Cite[];
}

/** The shares of one whole (世界のAI向けVCマネー), largest first, and what is left unassigned. */
export interface ShareSeries {
  metric: string;
  of: string;
  year?: number;
  parts: SharePart[];
  /** Percent no part claims: 100 − Σ upper bounds to 100 − Σ lower bounds. */
  rest: { lo: number; hi: number; approximate: boolean };
}

/** Returns the shares reported for `metric` (and `year` when given), largest first, with the unassigned rest. */
export function prepareShares(
  records: readonly WithId<Share>[],
  metric: string,
  year?: number,
): ShareSeries {
  const picked = records.filter(
    (r) => r.metric === metric && (year === undefined || r.year === year),
  );
  const parts = picked
    .map((r) => ({
      id: r.id,
      subject: countryName(r.subject),
      share: boundedOf(r.share.value, r.share.qualifier),
      label: formatPercent(r.share),
      basis: r.basis,
      sources: r.sources,
    }))
    .sort(
      (a, b) =>
        (b.share.hi ?? b.share.lo ?? 0) - (a.share.hi ?? a.share.lo ?? 0) ||
        a.id.localeCompare(b.id),
    );
  const hiSum = parts.reduce((a, p) => a + (p.share.hi ?? p.share.lo ?? 0), 0);
  const loSum = parts.reduce((a, p) => a + (p.share.lo ?? 0), 0);
  return {
    metric,
    of: picked[0]?.of ?? metric,
    year: year ?? picked[0]?.year,
    parts,
    rest: {
      lo: Math.max(0, 100 - hiSum),
      hi: Math.max(0, 100 - loSum),
      approximate: parts.some((p) => p.share.approximate),
    },
  };
}

/** Returns the rest in words: "約19〜20%", or "20%" when exact. */
export function restText(rest: ShareSeries['rest']): string {
  const about = rest.approximate ? '約' : '';
  return rest.lo === rest.hi ? `${about}${rest.lo}%` : `${about}${rest.lo}〜${rest.hi}%`;
}

/** Returns one sentence naming each share and the unassigned rest. */
export function summarizeShares(s: ShareSeries): string {
  const parts = s.parts.map((p) => `${p.subject}が${p.label}`).join('、');
  return `${s.year ? `${s.year}年の` : ''}${s.of}のうち、${parts}。残り${restText(s.rest)}の内訳は記事に書かれていません。`;
}

/** Returns the shares table: each subject with its share, basis and sources. */
export function sharesTable(s: ShareSeries): Table {
  return {
    columns: [
      { label: '対象' },
      { label: '全体' },
      { label: '区分' },
      { label: 'シェア', numeric: true },
    ],
    rows: [
      ...s.parts.map((p) => ({
        id: p.id,
        cells: [
          { text: p.subject },
          { text: s.of },
          { text: labelOf(p.basis) },
          { text: p.label, numeric: true },
        ],
        sources: p.sources,
      })),
      // The chart draws the unassigned rest, so the table lists it too; no article states it.
      {
        id: 'rest',
        cells: [
          { text: '残り(内訳の記載なし)' },
          { text: s.of },
          { text: '100%からの差(編集部算出)' },
          { text: restText(s.rest), numeric: true },
        ],
        sources: [],
      },
    ],
  };
}
