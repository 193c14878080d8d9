/**
 * Fact-check marks shared by every chart that draws a checked figure: the verdict line (glyph
 * and word, so it never rests on colour), the hover suffix, and the reference tick at the
 * primary source's figure for a contradicted amount. Charts without a checked figure draw none.
 */
import type { UsdAmount } from '../data/series/amount';
import { pointOf } from '../money/bounds';
import type { FigureCheck } from '../data/series/verdicts';
import { VERDICT_LABELS, VERDICT_MARKS, verdictText, type Verdict } from '../verdicts';
import { drawText } from './draw';
import type { PlacedBar, PlacedText } from './placed';
import { FONT } from './svg-root';
import { el, round1, tip } from './svg';
import { textWidth } from './text-width';

/**
 * A reference tick at the figure a primary source gives: a vertical segment across a bar, or a
 * horizontal one beside a point (y1 = y2), with its hover and, where the chart has room, a label.
 */
export interface PlacedReference {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label?: PlacedText;
  title: string;
}

/** Returns the visible verdict line, "× 照合: 一次資料と相違" (`what` replaces 照合; '' drops it). */
export const verdictLine = (v: Verdict, what = '照合'): string =>
  what ? `${VERDICT_MARKS[v]} ${what}: ${VERDICT_LABELS[v]}` : verdictText(v);

/** Returns the style classes of a verdict line: bold, and the verdict's colour as a repeat. */
export const verdictClass = (v: Verdict): string => `verdict verdict-${v}`;

/** Returns the verdict line placed as a label, or undefined for an unchecked figure. */
export function verdictLabel(
  c: FigureCheck | undefined,
  x: number,
  y: number,
): PlacedText | undefined {
  return c?.verdict
    ? { x, y, text: verdictLine(c.verdict), cls: verdictClass(c.verdict) }
    : undefined;
}

/**
 * Returns `labels` with the verdict of `c` (in `what`'s name) written after the last label
 * as a tail when the line still fits `maxWidth`, else as a line of its own `line` units lower:
 * a tail costs no element of its own, which keeps articles with many checked figures small.
 */
export function addVerdict(
  labels: readonly PlacedText[],
  c: FigureCheck | undefined,
  opts: { maxWidth: number; line: number; what?: string | undefined },
): PlacedText[] {
  const last = labels[labels.length - 1];
  if (!c?.verdict || !last) return [...labels];
  const cls = verdictClass(c.verdict);
  const text = verdictLine(c.verdict, opts.what);
  const tail = ` ${text}`;
  if (!last.tail && textWidth(last.text + tail, FONT) <= opts.maxWidth)
    return [...labels.slice(0, -1), { ...last, tail: { text: tail, cls } }];
  return [...labels, { x: last.x, y: last.y + opts.line, text, cls }];
}

/** Returns a label's visible text, tail included. */
export const labelText = (t: PlacedText): string => t.text + (t.tail?.text ?? '');

/**
 * Returns the verdict as a short label for a mark with no room for a line of its own (a flow):
 * "×一次資料と相違(一次資料 300億ドル)", or undefined for an unchecked figure.
 */
export function verdictTag(c: FigureCheck | undefined): string | undefined {
  if (!c?.verdict) return undefined;
  const primary = c.primary ? `(一次資料 ${c.primary.label})` : '';
  return `${VERDICT_MARKS[c.verdict]}${VERDICT_LABELS[c.verdict]}${primary}`;
}

/** Returns the hover suffix of a checked figure, "・照合: 一次資料と相違(一次資料では300億ドル)". */
export function checkedTitle(c: FigureCheck | undefined): string {
  if (!c?.verdict) return '';
  return `・照合: ${VERDICT_LABELS[c.verdict]}${c.primary ? `(一次資料では${c.primary.label})` : ''}`;
}

/**
 * Returns a reference tick at `primary` across `bar` (on the bar's own `scale`), its label
 * "一次資料 …" centred under the tick at baseline `labelY` and kept within `[left, right]`;
 * when the tick falls between the bar's end and its value label, the label moves past it.
 */
export function placeReference(
  bar: PlacedBar,
  primary: UsdAmount,
  scale: (v: number) => number,
  opts: { left: number; right: number; labelY: number },
): PlacedReference {
  const x = scale(pointOf(primary));
  const text = referenceText(primary);
  const half = textWidth(text, FONT) / 2;
  const lx = Math.min(Math.max(x, opts.left + half), opts.right - half);
  const labelEnd = bar.label.x + textWidth(bar.label.text, FONT);
  if (x > bar.bar.end && x < labelEnd + 4) bar.label = { ...bar.label, x: x + 5 };
  return {
    x1: x,
    x2: x,
    y1: bar.y - 4,
    y2: bar.y + bar.height + 4,
    label: { x: lx, y: opts.labelY, text, anchor: 'middle' },
    title: text,
  };
}

/** Returns "一次資料 300億ドル": a reference tick's label and hover (the exact figure is on /checks/). */
export const referenceText = (primary: UsdAmount): string => `一次資料 ${primary.label}`;

/** Returns a reference tick: a line across the mark and its label, named by its <title>. */
export function drawReference(r: PlacedReference): string {
  return el(
    'g',
    { class: 'reference' },
    tip(r.title),
    // Stroked by chart.css, which the standalone SVG download embeds with its variables resolved.
    el('path', {
      d: `M${round1(r.x1)},${round1(r.y1)}${r.x1 === r.x2 ? `V${round1(r.y2)}` : `H${round1(r.x2)}`}`,
    }),
    r.label ? drawText(r.label) : '',
  );
}
