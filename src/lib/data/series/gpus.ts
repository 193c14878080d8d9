import type { GpuCluster } from '../../../schemas/gpu-clusters';
import { boundedOf, type Bounded } from '../../money/bounds';
import type { WithId } from '../../dataset/bundle';
import { labelOf } from '../../dataset/labels';
import type { SeriesContext } from './context';
import type { Cite, Table } from '../table-model';

/** One GPU-cluster figure: how many GPUs, bounded as reported. */
export interface GpuRow {
  id: string;
  gpus: Bounded;
  /** As the articles write it: 約10万基, 100万基以上. */
  label: string;
  basis: GpuCluster['basis'];
  chip?: string;
  sources: Cite[];
}

/** GPU figures grouped by company and site, smallest first within a group (the build-out path). */
export interface GpuSeries {
  groups: { key: string; label: string; rows: GpuRow[] }[];
}

/** Returns a GPU count in 万 notation: 100000 is "10万", 1500 is "1500". */
export function formatCount(n: number): string {
  return n >= 1e4 ? `${Math.round(n / 1e3) / 10}万` : String(n);
}

/** Returns a GPU figure as the articles write it: 約10万基, 100万基以上, 最大5万基. */
export function gpuLabel(gpus: number, qualifier: GpuCluster['qualifier']): string {
  const n = `${formatCount(gpus)}基`;
  return qualifier === 'approx'
    ? `約${n}`
    : qualifier === 'at-least'
      ? `${n}以上`
      : qualifier === 'up-to'
        ? `最大${n}`
        : n;
}

/** Returns the GPU records of `companies` (all when omitted) grouped by company and site. */
export function prepareGpus(
  records: readonly WithId<GpuCluster>[],
  ctx: SeriesContext,
  companies?: readonly string[],
): GpuSeries {
  const groups = new Map<string, GpuSeries['groups'][number]>();
  for (const r of records) {
    if (companies && !companies.includes(r.company)) continue;
    const key = `${r.company}:${r.site ?? ''}`;
    const g = groups.get(key) ?? {
      key,
      label: [ctx.name(r.company), r.site].filter(Boolean).join('・'),
      rows: [],
    };
    groups.set(key, g);
    g.rows.push({
      id: r.id,
      gpus: boundedOf(r.gpus, r.qualifier),
      label: gpuLabel(r.gpus, r.qualifier),
      basis: r.basis,
      chip: r.chip,
      sources: r.sources,
    });
  }
  const list = [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
  for (const g of list)
    g.rows.sort(
      (a, b) =>
        (a.gpus.lo ?? a.gpus.hi ?? 0) - (b.gpus.lo ?? b.gpus.hi ?? 0) || a.id.localeCompare(b.id),
    );
  return { groups: list };
}

/** Returns one sentence on each group's first and last figure. */
export function summarizeGpus(s: GpuSeries): string {
  const parts = s.groups.map((g) => {
    const first = g.rows[0];
    const last = g.rows[g.rows.length - 1];
    return first === last
      ? `${g.label}は${first?.label}`
      : `${g.label}は${first?.label}から${last?.label}へ(${labelOf(last?.basis ?? 'plan')})`;
  });
  return parts.length ? `${parts.join('、')}。` : '該当するGPUクラスタの数字はありません。';
}

/** Returns the GPU table: group, count, basis, chip, with sources. */
export function gpusTable(s: GpuSeries): Table {
  return {
    columns: [
      { label: '企業・拠点' },
      { label: '区分' },
      { label: 'チップ' },
      { label: 'GPU数', numeric: true },
    ],
    rows: s.groups.flatMap((g) =>
      g.rows.map((r) => ({
        id: r.id,
        cells: [
          { text: g.label },
          { text: labelOf(r.basis) },
          { text: r.chip ?? '—' },
          { text: r.label, numeric: true },
        ],
        sources: r.sources,
      })),
    ),
  };
}
