/**
 * Bar-row layout shared by the bar charts: specs + size -> placed rows and the encoding legend.
 * Over 150 lines because rows, inner bars, labels and the legend share one measurement pass.
 */
import { boundKind } from './bound-shape';
import { formatUsdCompact } from '../money';
import type { Bounded } from '../money/bounds';
import { placeLegend, type LegendItem, type PlacedLegendItem } from './legend';
import type { BarVariant } from './marks';
import { panelScale, placeBar, placeTicks } from './panel';
import type { PlacedBar, PlacedText, PlacedTick } from './placed';
import { FONT, NARROW_BELOW, type Size } from './svg-root';
import { wrapText } from './text-width';
import type { FigureCheck } from '../data/series/verdicts';
import { addVerdict, checkedTitle, placeReference, type PlacedReference } from './verdict-marks';

/** One row of a labelled horizontal bar chart: a section header, or a bar with its labels. */
export type BarRowSpec =
  | { kind: 'header'; id: string; text: string }
  | {
      kind: 'bar';
      id: string;
      /** Row label lines; the first is the name (bold), the rest details (muted). */
      lines: string[];
      /** The value; rows without one show `missing` in place of the bar. */
      value?: Bounded;
      missing?: string;
      label: string;
      title: string;
      colour: string;
      variant?: BarVariant;
      /** Boundaries inside the bar (values from zero), e.g. the companies making up a sum. */
      segments?: { at: number; title: string }[];
      /** The fact check of the value: a verdict line, and a reference tick when contradicted. */
      check?: FigureCheck;
      /** A part drawn inside the bar's lower half, e.g. a segment's share of revenue. */
      inner?: { value: Bounded; label: string; title: string; colour: string; check?: FigureCheck };
      /** Muted lines under the bar, e.g. the source of a reported total. */
      note?: string;
      /** Rows sharing a group are joined by a bracket on the left (conflicting figures). */
      group?: string;
    };

/** A bar row placed: its labels, bar (or missing-value text), inner bar, separators and note. */
export interface PlacedBarRow {
  id: string;
  labels: PlacedText[];
  bar?: PlacedBar;
  inner?: PlacedBar;
  separators: { x: number; y1: number; y2: number; title: string }[];
  /** Ticks at the primary figures of contradicted values (the bar's, then the inner part's). */
  references: PlacedReference[];
  notes: PlacedText[];
}

/** A labelled horizontal bar chart placed: section headers, rows, brackets and an x axis. */
export interface PlacedBarRows {
  width: number;
  height: number;
  headers: PlacedText[];
  rows: PlacedBarRow[];
  brackets: { x: number; y1: number; y2: number }[];
  ticks: PlacedTick[];
  axisTitle: PlacedText;
  /** Keys for the encodings in use: hatching, dashed outlines, bounds. */
  legend: PlacedLegendItem[];
}

const BAR = 16;
const LINE = 15;

/**
 * Returns rows placed in `size.width` on one linear scale from zero (fitted so every value
 * label stays inside): wide layouts put row labels in a 170-unit column left of the bars,
 * narrow ones above them; notes sit under their bar; the axis runs along the bottom.
 */
export function layoutBarRows(
  specs: readonly BarRowSpec[],
  size: Size,
  opts: { axisTitle: string; format?: (v: number) => string } = { axisTitle: '' },
): PlacedBarRows {
  const narrow = size.width < NARROW_BELOW;
  const labelW = narrow ? size.width : 170;
  const x0 = narrow ? 0 : labelW + 12;
  const bars = specs.flatMap((s) => (s.kind === 'bar' && s.value ? [s] : []));
  // Primary figures share the scale, so their ticks fall inside the chart.
  const primaries = bars.flatMap((b) => [b.check?.primary, b.inner?.check?.primary]);
  const refs = primaries.filter((p): p is NonNullable<typeof p> => !!p);
  const scale = panelScale(
    [...bars.map((b) => b.value as Bounded), ...refs],
    [...bars.map((b) => b.label), ...refs.map(() => '')],
    x0,
    size.width - x0,
  );
  const headers: PlacedText[] = [];
  const rows: PlacedBarRow[] = [];
  const groups = new Map<string, { y1: number; y2: number }>();
  let y = 0;
  for (const s of specs) {
    if (s.kind === 'header') {
      y += headers.length ? 10 : 0;
      headers.push({ x: 0, y: y + 14, text: s.text, cls: 'strong halo' });
      y += 22;
      continue;
    }
    const lines = s.lines.flatMap((l, i) =>
      wrapText(l, labelW - (narrow ? 0 : 4), FONT, i === 0 ? 1 : 2),
    );
    const named: PlacedText[] = lines.map((t, i) => ({
      x: 0,
      y: y + 13 + i * LINE,
      text: t,
      cls: i === 0 ? 'strong' : 'muted',
    }));
    // A verdict follows the last detail line when it fits there, else takes a line of its own.
    const fit = { maxWidth: labelW - (narrow ? 0 : 4), line: LINE };
    const labels = addVerdict(addVerdict(named, s.check, fit), s.inner?.check, {
      ...fit,
      what: '内訳',
    });
    const textH = labels.length * LINE;
    const barY = narrow ? y + textH + 3 : y + Math.max(0, Math.min(textH, 2 * LINE) - BAR) / 2 + 1;
    const row: PlacedBarRow = { id: s.id, labels, separators: [], references: [], notes: [] };
    const refAt = (i: number) => barY + BAR + 13 + (i + (s.inner ? 1 : 0)) * LINE;
    const edges = { left: x0, right: size.width };
    if (s.value) {
      row.bar = placeBar(s.value, scale, barY, BAR, {
        ...s,
        title: s.title + checkedTitle(s.check),
      });
      if (s.check?.primary)
        row.references.push(
          placeReference(row.bar, s.check.primary, scale, {
            ...edges,
            labelY: refAt(0),
          }),
        );
      for (const seg of s.segments ?? []) {
        row.separators.push({ x: scale(seg.at), y1: barY, y2: barY + BAR, title: seg.title });
      }
      if (s.inner) {
        const title = s.inner.title + checkedTitle(s.inner.check);
        row.inner = placeBar(s.inner.value, scale, barY + BAR / 2, BAR / 2, { ...s.inner, title });
        // The inner label goes under the bar, where it cannot collide with the outer label.
        row.inner.label = { x: x0, y: barY + BAR + 13, text: s.inner.label, cls: 'halo' };
        const p = s.inner.check?.primary;
        if (p)
          row.references.push(
            placeReference(row.inner, p, scale, {
              ...edges,
              labelY: refAt(row.references.length),
            }),
          );
      }
    } else {
      labels.push({ x: x0, y: barY + 12, text: s.missing ?? '金額の報道なし', cls: 'muted halo' });
    }
    const under = (row.inner ? 1 : 0) + row.references.length;
    let bottom = Math.max(narrow ? barY + BAR : y + textH, barY + BAR) + under * LINE;
    for (const t of s.note ? wrapText(s.note, size.width - x0, FONT, 2) : []) {
      row.notes.push({ x: x0, y: bottom + 13, text: t, cls: 'muted halo' });
      bottom += LINE;
    }
    if (s.group) {
      const g = groups.get(s.group);
      groups.set(s.group, { y1: g?.y1 ?? barY, y2: barY + BAR });
    }
    rows.push(row);
    y = bottom + 10;
  }
  const format = opts.format ?? formatUsdCompact;
  const ticks = placeTicks(scale, format, 0, y, y + 14, narrow ? 3 : 5).map((t) => ({
    ...t,
    y1: headers.length ? 22 : 0,
  }));
  // Narrow bars start at the edge, leaving no room for a bracket; the section header says it.
  const brackets = narrow
    ? []
    : [...groups.values()].map((g) => ({ x: x0 - 6, y1: g.y1, y2: g.y2 }));
  const [legend, legendBottom] = placeLegend(encodingLegend(specs), 0, y + 42, size.width);
  return {
    width: size.width,
    height: legendBottom + 4,
    headers,
    rows,
    brackets,
    ticks,
    axisTitle: { x: size.width, y: y + 30, text: opts.axisTitle, anchor: 'end', cls: 'muted' },
    legend,
  };
}

/** Returns the bar variant for a figure's basis: figures that have not happened yet are hatched. */
export function basisVariant(basis: string): BarVariant {
  return basis === 'forecast' || basis === 'plan' ? 'forecast' : 'actual';
}

/** Returns legend entries for the encodings the rows actually use (hatch, 約, bounds). */
export function encodingLegend(specs: readonly BarRowSpec[]): LegendItem[] {
  const bars = specs.flatMap((s) => (s.kind === 'bar' ? [s] : []));
  const values = bars.flatMap((b) => [b.value, b.inner?.value].filter((v): v is Bounded => !!v));
  const items: [boolean, LegendItem][] = [
    [bars.some((b) => b.variant === 'forecast'), { glyph: 'hatch', label: '斜線: 予測・計画' }],
    [values.some((v) => v.approximate), { glyph: 'approx', label: '点線の枠: 概数(約・規模)' }],
    [values.some((v) => boundKind(v) === 'range'), { glyph: 'range', label: '淡色部: 幅(〜)' }],
    [
      values.some((v) => boundKind(v) === 'up-to'),
      { glyph: 'up-to', label: '薄れる帯: 上限(最大)' },
    ],
    [values.some((v) => boundKind(v) === 'open'), { glyph: 'open', label: '矢印: 下限(以上・超)' }],
  ];
  return items.filter(([used]) => used).map(([, item]) => item);
}
