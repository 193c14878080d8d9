import { scaleLinear } from 'd3';
import type { SplitSeries } from '../data/series/split';
import { placeAmountBar } from './amount-bar';
import { extentOf } from '../money/bounds';
import type { PlacedBar, PlacedText } from './placed';
import { FONT, NARROW_BELOW, type Size } from './svg-root';
import { textWidth } from './text-width';

/** A label under the bar with a vertical leader up to the segment it names. */
export interface SplitLabel {
  leader: { x: number; y1: number; y2: number };
  lines: PlacedText[];
}

/** The split placed: one stacked bar of parts, investor shares inside, a total bracket, labels. */
export interface PlacedSplit {
  width: number;
  height: number;
  bracket: { x1: number; x2: number; y: number; label: PlacedText };
  parts: PlacedBar[];
  inside: PlacedBar[];
  labels: SplitLabel[];
}

const BAR = 34;
const PALETTE: Record<string, string> = {
  equity: 'k1',
  debt: 'k2',
  convertible: 'k4',
  other: 'k5',
};

/**
 * Returns the split placed in `size.width`: parts stacked left to right on one linear scale
 * (each as long as its upper bound, up-to parts fading), investor shares as thinner bars in the
 * lower part of their segment, and labels packed into rows below so none overlap.
 */
export function layoutSplit(s: SplitSeries, size: Size): PlacedSplit {
  const narrow = size.width < NARROW_BELOW;
  const sum = s.parts.reduce((acc, p) => acc + extentOf(p.amount), 0);
  const max = Math.max(extentOf(s.total), sum);
  const x = scaleLinear()
    .domain([0, max])
    .range([1, size.width - (narrow ? 2 : 40)]);
  const starts = new Map<string, number>();
  let cursor = 0;
  const parts: PlacedBar[] = s.parts.map((p) => {
    starts.set(p.key, cursor);
    const c = cursor;
    cursor += extentOf(p.amount);
    const bar = placeAmountBar(p.amount, (v) => x(c + v));
    const text = `${p.label} ${p.amount.label}`;
    return {
      bar,
      y: 0,
      height: BAR,
      colour: PALETTE[p.key] ?? 'k0',
      variant: 'actual',
      title: `${s.name} ${p.label}: ${p.amount.exact}`,
      label: { x: bar.x0, y: 0, text },
    };
  });
  const inside: PlacedBar[] = s.inside.map((i) => {
    const c = starts.get(i.part) ?? 0;
    const bar = placeAmountBar(i.amount, (v) => x(c + v));
    const text = `うち${i.name} ${i.amount.label}・${i.statusLabel}`;
    return {
      bar,
      y: 0,
      height: BAR * 0.5,
      colour: 'k3',
      variant: 'actual',
      title: `${i.name}(${i.statusLabel}): ${i.amount.exact}`,
      label: { x: bar.x0 + 8, y: 0, text },
    };
  });

  // Part labels stack upwards above the bar, investor shares downwards below it, so the
  // leaders of one group never cross the other's labels.
  const aboveRows = packRows(parts, size.width);
  const belowRows = packRows(inside, size.width);
  const aboveH = aboveRows.length * 18;
  const barY = 40 + aboveH;
  const labels: SplitLabel[] = [];
  for (const [i, b] of parts.entries()) {
    const [r = 0, lx = 0] = aboveRows.placement[i] ?? [];
    b.y = barY;
    b.label = { x: lx + 4, y: barY - 8 - r * 18, text: b.label.text };
    labels.push({ leader: { x: lx + 1, y1: b.label.y - 11, y2: barY }, lines: [b.label] });
  }
  for (const [i, b] of inside.entries()) {
    const [r = 0, lx = 0] = belowRows.placement[i] ?? [];
    b.y = barY + BAR * 0.5;
    b.label = { x: lx + 4, y: barY + BAR + 20 + r * 18, text: b.label.text };
    labels.push({ leader: { x: lx + 1, y1: barY + BAR, y2: b.label.y + 3 }, lines: [b.label] });
  }
  const totalX = x(extentOf(s.total));
  const bracketText = `調達総額 ${s.total.label}`;
  return {
    width: size.width,
    height: barY + BAR + 12 + belowRows.length * 18,
    bracket: {
      x1: x(0),
      x2: totalX,
      y: 24,
      label: {
        x: Math.max(textWidth(bracketText, FONT + 1) / 2, (x(0) + totalX) / 2),
        y: 16,
        text: bracketText,
        anchor: 'middle',
        cls: 'strong',
        size: FONT + 1,
      },
    },
    parts,
    inside,
    labels,
  };
}

/**
 * Returns each bar's label row and x (the bar's start, pulled left to fit `width`): a label takes
 * the first row where it overlaps no other label and no nearer row's label covers its leader.
 */
function packRows(
  bars: readonly PlacedBar[],
  width: number,
): { length: number; placement: [number, number][] } {
  const rows: { x1: number; x2: number }[][] = [];
  const placement: [number, number][] = [];
  for (const b of bars) {
    const w = textWidth(b.label.text, FONT) + 8;
    const lx = Math.max(0, Math.min(b.bar.x0, width - w));
    const fits = (r: number, strict: boolean) =>
      (rows[r] ?? []).every((o) => lx + w < o.x1 || lx > o.x2) &&
      (!strict ||
        rows.slice(0, r).every((rw) => rw.every((o) => lx + 1 < o.x1 - 2 || lx + 1 > o.x2 + 2)));
    const all = Array.from({ length: rows.length + 1 }, (_, r) => r);
    const r = all.find((k) => fits(k, true)) ?? all.find((k) => fits(k, false)) ?? rows.length;
    (rows[r] ??= []).push({ x1: lx - 2, x2: lx + w });
    placement.push([r, lx]);
  }
  return { length: rows.length, placement };
}
