/**
 * Funding-timeline layout: series + size -> placed points, spans and bounds. Over 150 lines
 * because the log scale, spans and label dodging share one coordinate frame.
 */
import { boundKind } from './bound-shape';
import { scaleLog, scaleUtc } from 'd3';
import type { TimelineSeries } from '../data/series/timeline';
import { formatUsdCompact } from '../money';
import { pointOf } from '../money/bounds';
import { placeLabels } from './label-placer';
import { placeLegend, type PlacedLegendItem } from './legend';
import type { PlacedText } from './placed';
import { FONT, NARROW_BELOW, type Size } from './svg-root';
import { textWidth } from './text-width';
import {
  addVerdict,
  checkedTitle,
  labelText,
  referenceText,
  type PlacedReference,
} from './verdict-marks';

/** One round placed: the point, the span its date covers, its amount's bounds and its label. */
export interface PlacedTimelinePoint {
  id: string;
  x: number;
  y: number;
  settled: boolean;
  approximate: boolean;
  /** Horizontal extent of the date's precision (a year or a month), when wider than the mark. */
  span?: { x1: number; x2: number };
  /** Vertical extent of a bounded amount: a range, an up-to ceiling fading down, an open floor. */
  bound?: { kind: 'range' | 'up-to' | 'open'; y1: number; y2: number };
  title: string;
  label: PlacedText[];
  /** For a contradicted amount: a tick at the primary figure on the amount axis. */
  reference?: PlacedReference;
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** The timeline placed: plot box, log-scale amount ticks, year bands, legend and points. */
export interface PlacedTimeline {
  width: number;
  height: number;
  plot: { x1: number; x2: number; y1: number; y2: number };
  yTicks: { y: number; label: PlacedText }[];
  years: { x1: number; x2: number; label: PlacedText }[];
  legend: PlacedLegendItem[];
  axisTitle: PlacedText;
  points: PlacedTimelinePoint[];
}

/** Height in user units of one line of a point's label box (two lines, more when checked). */
export const LABEL_LINE = 14;

/** Widest a point's name line may grow to carry its verdict after it (else a line of its own). */
const TAIL_WIDTH = 220;
const TAIL_WIDTH_NARROW = 150;

/** Height in user units of a point's two-line label box. */
export const LABEL_HEIGHT = 2 * LABEL_LINE;

/** Space in user units kept between any two label boxes. */
export const LABEL_GAP = 2;

/**
 * Returns the funding timeline placed in `size.width`: x is time (UTC), y the amount on a log
 * scale; each point sits at the middle of its date's span (mid-month for YYYY-MM); label boxes
 * keep LABEL_GAP apart from each other and clear of every point.
 */
export function layoutTimeline(series: TimelineSeries, size: Size): PlacedTimeline {
  const narrow = size.width < NARROW_BELOW;
  const [legend, legendBottom] = placeLegend(
    [
      { glyph: 'dot', colour: 'k1', label: '発表済み・完了' },
      { glyph: 'diamond', colour: 'k2', label: '交渉中・観測' },
      { glyph: 'span', label: '日付の精度(年・月)' },
      ...(series.points.some((p) => p.primary)
        ? [{ glyph: 'reference', label: '横線: 一次資料の額' }]
        : []),
    ],
    0,
    0,
    size.width,
  );
  // Phones drop the word 照合 (the hover title keeps it): labels there have half the room.
  const labelOf = (p: TimelineSeries['points'][number]): PlacedText[] => [
    ...addVerdict([{ x: 0, y: 0, text: p.name, cls: 'strong halo' }], p, {
      maxWidth: narrow ? TAIL_WIDTH_NARROW : TAIL_WIDTH,
      line: 0,
      what: narrow ? '' : undefined,
    }),
    {
      x: 0,
      y: 0,
      text: p.settled && !p.dateReported ? p.amount.label : `${p.amount.label}・${p.statusLabel}`,
      cls: 'halo',
    },
  ];
  // A label with its verdict on a line of its own is taller: the plot grows by two lines for each.
  const tall = series.points.filter((p) => labelOf(p).length > 2).length;
  const plot = {
    x1: 46,
    x2: size.width - 8,
    y1: legendBottom + 24,
    y2: legendBottom + (narrow ? 330 : 250) + 2 * LABEL_LINE * tall,
  };
  const pts = series.points;
  const t0 = Math.min(...pts.map((p) => p.span.start));
  const t1 = Math.max(...pts.map((p) => p.span.end));
  const x = scaleUtc()
    .domain([t0, t1])
    .range([plot.x1 + 6, plot.x2 - 6]);
  const values = pts
    .flatMap((p) => [p.amount.lo, p.amount.hi, p.primary ? pointOf(p.primary) : null])
    .filter((v): v is number => v !== null && v > 0);
  const y = scaleLog()
    .domain([Math.min(...values) / 1.8, Math.max(...values) * 1.8])
    .range([plot.y2, plot.y1]);

  const [lo, hi] = y.domain() as [number, number];
  const yTicks = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of narrow ? [1] : [1, 3]) {
      const v = m * 10 ** e;
      if (v < lo || v > hi) continue;
      const ty = y(v);
      yTicks.push({
        y: ty,
        label: {
          x: plot.x1 - 4,
          y: ty + 4,
          text: formatUsdCompact(v),
          anchor: 'end' as const,
          cls: 'muted',
        },
      });
    }
  }
  const years = [];
  for (let yr = new Date(t0).getUTCFullYear(); Date.UTC(yr, 0, 1) < t1; yr++) {
    const x1 = x(Math.max(t0, Date.UTC(yr, 0, 1)));
    const x2 = x(Math.min(t1, Date.UTC(yr + 1, 0, 1)));
    years.push({
      x1,
      x2,
      label: { x: (x1 + x2) / 2, y: plot.y2 + 18, text: `${yr}年`, anchor: 'middle' as const },
    });
  }

  const placed: PlacedTimelinePoint[] = pts.map((p) => {
    const a = p.amount;
    const kind = boundKind(a);
    const px = x(p.span.mid);
    const py = y(
      Math.max(
        lo,
        kind === 'up-to'
          ? (a.hi ?? lo)
          : a.lo !== null && a.hi !== null
            ? Math.sqrt(a.lo * a.hi)
            : pointOf(a),
      ),
    );
    const sx1 = x(p.span.start);
    const sx2 = x(p.span.end);
    let bound: PlacedTimelinePoint['bound'];
    if (kind === 'up-to') bound = { kind: 'up-to', y1: py, y2: plot.y2 };
    else if (kind === 'open') bound = { kind: 'open', y1: py - 22, y2: py };
    else if (kind === 'range') bound = { kind: 'range', y1: y(a.hi!), y2: y(a.lo!) };
    return {
      id: p.id,
      x: px,
      y: py,
      settled: p.settled,
      approximate: a.approximate,
      span: sx2 - sx1 > 10 ? { x1: sx1, x2: sx2 } : undefined,
      bound,
      title: `${p.name}(${p.date}、${p.statusLabel}): ${a.exact}${checkedTitle(p)}`,
      ...(p.primary && {
        reference: {
          x1: px - 8,
          x2: px + 8,
          y1: y(pointOf(p.primary)),
          y2: y(pointOf(p.primary)),
          title: referenceText(p.primary),
        },
      }),
      // The verdict follows the company's name (names are short, amount lines are not), else
      // takes a line of its own; a third line would crowd labels at the timeline's right edge.
      label: labelOf(p),
    };
  });

  // Labels avoid each other and every point; a moved label gets a leader line back to its point.
  // A bold verdict tail runs wider than the width estimate: it gets 6 units to spare.
  const widths = placed.map((p) =>
    Math.max(...p.label.map((l) => textWidth(labelText(l), FONT) + (l.tail ? 6 : 0))),
  );
  const spots = placeLabels(
    placed.map((p, i) => ({
      x: p.x,
      y: p.y,
      width: widths[i] ?? 0,
      height: p.label.length * LABEL_LINE,
    })),
    { x1: plot.x1, y1: plot.y1 - 14, x2: size.width, y2: plot.y2 },
    placed.flatMap((p) => [
      { x1: p.x - 7, x2: p.x + 7, y1: p.y - 7, y2: p.y + 7 },
      ...(p.reference ? [{ ...p.reference, y1: p.reference.y1 - 3, y2: p.reference.y2 + 3 }] : []),
    ]),
    { gap: LABEL_GAP },
  );
  placed.forEach((p, i) => {
    const s = spots[i];
    if (!s) return;
    const lx = s.side === 'right' ? s.box.x1 : s.box.x2;
    const anchor = s.side === 'right' ? 'start' : 'end';
    const top = s.cy - 3 - ((p.label.length - 2) * LABEL_LINE) / 2;
    p.label = p.label.map((l, j) => ({ ...l, x: lx, y: top + j * LABEL_LINE, anchor }));
    if (Math.abs(s.cy - p.y) > 8) p.leader = { x1: p.x, y1: p.y, x2: lx, y2: s.cy };
  });

  return {
    width: size.width,
    height: plot.y2 + 28,
    plot,
    yTicks,
    years,
    legend,
    axisTitle: { x: 0, y: plot.y1 - 10, text: '調達額（米ドル、対数目盛）', cls: 'muted' },
    points: placed,
  };
}
