/**
 * Dataset tables: one hand-written spec (labels, cells, reading order) per figure dataset. Over
 * 150 lines because it is a table of specs, one entry per dataset; the logic is the last 30
 * lines.
 */
import type { Money } from '../money/types';
import { formatMoney, formatMoneyExact } from '../money/format';
import type { DataBundle, FigureCollection } from '../dataset/bundle';
import { countryName, formatPercent, labelOf } from '../dataset/labels';
import { gpuLabel } from './series/gpus';
import type { Cell, Cite, Table } from './table-model';

export type { Cell, Table } from './table-model';

type Name = (id: string) => string;

const money = (m: Money | undefined): Cell =>
  m ? { text: formatMoney(m), exact: formatMoneyExact(m), numeric: true } : { text: '—' };
const company = (id: string, name: Name): Cell => ({ text: name(id), company: id });
const text = (t: string | number | undefined): Cell => ({
  text: t === undefined ? '—' : String(t),
});
const list = (ids: string[] | undefined, name: Name): Cell => ({
  text: ids?.length ? ids.map(name).join('、') : '—',
});
/** Upper bound in whichever currency, for ordering by size. */
const size = (m: Money | undefined) => (m ? (m.max ?? m.min ?? 0) : -1);

type Spec<R> = { label: string; numeric?: boolean; cell: (r: R, name: Name) => Cell };
type Row<K extends FigureCollection> = DataBundle[K][number];

const SPECS: {
  [K in FigureCollection]: { order: (a: Row<K>, b: Row<K>) => number; cols: Spec<Row<K>>[] };
} = {
  fundingRounds: {
    order: (a, b) => b.date.localeCompare(a.date) || size(b.amount) - size(a.amount),
    cols: [
      { label: '企業', cell: (r, n) => company(r.company, n) },
      { label: 'ラウンド', cell: (r) => text(r.round ?? (r.cumulative ? '累計' : undefined)) },
      {
        label: '時期',
        cell: (r) => text(r.date_basis === 'reported' ? `${r.date}(報道時点)` : r.date),
      },
      { label: '段階', cell: (r) => text(labelOf(r.status)) },
      { label: '調達額', numeric: true, cell: (r) => money(r.amount) },
      { label: '評価額', numeric: true, cell: (r) => money(r.valuation) },
      { label: '投資家', cell: (r, n) => list(r.investors, n) },
    ],
  },
  deals: {
    order: (a, b) => size(b.amount) - size(a.amount),
    cols: [
      { label: '支払う側', cell: (r, n) => list([r.from].flat(), n) },
      { label: '受け取る側', cell: (r, n) => company(r.to, n) },
      {
        label: '種類',
        cell: (r) => text(r.label ? `${labelOf(r.kind)}(${r.label})` : labelOf(r.kind)),
      },
      { label: '段階', cell: (r) => text(labelOf(r.status)) },
      { label: '金額', numeric: true, cell: (r) => money(r.amount) },
    ],
  },
  capex: {
    order: (a, b) => b.year - a.year || size(b.amount) - size(a.amount),
    cols: [
      {
        label: '企業',
        cell: (r, n) =>
          text(
            `${r.group ?? r.companies.map(n).join('、')}${r.attribution === 'inferred' ? '(推定、記事に明記なし)' : ''}`,
          ),
      },
      {
        label: '年',
        cell: (r) => text(r.attribution === 'inferred' ? `${r.year}(推定)` : r.year),
      },
      { label: '区分', cell: (r) => text(labelOf(r.basis)) },
      { label: '対象', cell: (r) => text(r.scope) },
      { label: '金額', numeric: true, cell: (r) => money(r.amount) },
    ],
  },
  revenues: {
    order: (a, b) => a.company.localeCompare(b.company) || a.year - b.year,
    cols: [
      { label: '企業', cell: (r, n) => company(r.company, n) },
      { label: '期間', cell: (r) => text(r.period) },
      {
        label: '指標',
        cell: (r) => text(r.segment ? `${labelOf(r.metric)}(${r.segment})` : labelOf(r.metric)),
      },
      { label: '区分', cell: (r) => text(labelOf(r.basis)) },
      { label: '金額', numeric: true, cell: (r) => money(r.amount) },
      {
        label: '前年比',
        numeric: true,
        cell: (r) => text(r.growth_yoy === undefined ? undefined : `+${r.growth_yoy}%`),
      },
    ],
  },
  marketSizes: {
    order: (a, b) => a.market.localeCompare(b.market) || (a.year ?? 0) - (b.year ?? 0),
    cols: [
      {
        label: '市場',
        cell: (r) => text(r.region ? `${labelOf(r.market)}(${r.region})` : labelOf(r.market)),
      },
      { label: '年', cell: (r) => text(r.year) },
      { label: '区分', cell: (r) => text(labelOf(r.basis)) },
      { label: '規模', numeric: true, cell: (r) => money(r.amount) },
      {
        label: '成長率',
        numeric: true,
        cell: (r) =>
          text(
            r.cagr
              ? `CAGR ${r.cagr.rate}%${r.cagr.from && r.cagr.to ? `(${r.cagr.from}〜${r.cagr.to}年)` : ''}`
              : r.growth_yoy !== undefined
                ? `前年比+${r.growth_yoy}%`
                : undefined,
          ),
      },
      { label: '予測元', cell: (r) => text(r.forecaster) },
    ],
  },
  gpuClusters: {
    order: (a, b) => a.gpus - b.gpus,
    cols: [
      { label: '企業', cell: (r, n) => company(r.company, n) },
      { label: '拠点', cell: (r) => text(r.site) },
      { label: '区分', cell: (r) => text(labelOf(r.basis)) },
      {
        label: 'GPU数',
        numeric: true,
        cell: (r) => ({
          text: gpuLabel(r.gpus, r.qualifier),
          exact: `${r.gpus.toLocaleString('ja-JP')}基`,
          numeric: true,
        }),
      },
    ],
  },
  shares: {
    order: (a, b) => a.metric.localeCompare(b.metric) || b.share.value - a.share.value,
    cols: [
      { label: '対象', cell: (r) => text(countryName(r.subject)) },
      { label: '全体', cell: (r) => text(r.of) },
      { label: '年', cell: (r) => text(r.year) },
      { label: '区分', cell: (r) => text(labelOf(r.basis)) },
      {
        label: 'シェア',
        numeric: true,
        cell: (r) => ({ text: formatPercent(r.share), numeric: true }),
      },
    ],
  },
};

/** What every figure record carries besides its fields: id, citations, note and conflicts. */
interface FigureRow {
  id: string;
  sources: Cite[];
  notes?: string | undefined;
  conflicts_with?: string[] | undefined;
}

/** Returns the table of a figure dataset in its reading order, naming companies with `name`. */
export function tableOf<K extends FigureCollection>(
  collection: K,
  records: readonly Row<FigureCollection>[],
  name: Name,
): Table {
  // SPECS is keyed by collection, so the spec and the records always belong together.
  const spec = SPECS[collection] as unknown as {
    order: (a: FigureRow, b: FigureRow) => number;
    cols: Spec<FigureRow>[];
  };
  return {
    columns: spec.cols.map((c) => ({ label: c.label, numeric: c.numeric })),
    rows: [...(records satisfies readonly FigureRow[])].sort(spec.order).map((r) => ({
      id: r.id,
      cells: spec.cols.map((c) => c.cell(r, name)),
      sources: r.sources,
      notes: r.notes,
      conflicts: r.conflicts_with ?? [],
    })),
  };
}
