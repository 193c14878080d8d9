import { pointOf } from '../money/bounds';
import { formatUsdCompact } from '../money';
import type { RoundsSeries } from '../data/series/rounds';
import { panelScale, placeBar, placeTicks } from './panel';
import type { PlacedBar, PlacedText, PlacedTick } from './placed';
import { FONT, NARROW_BELOW, type Size } from './svg-root';
import { textWidth, wrapText } from './text-width';
import { VERDICT_WORDS, verdictGlyph } from '../data/series/verdicts';

/** One round's row: its name lines and its amount and valuation bars (or a 'not reported' note). */
export interface PlacedRoundRow {
  id: string;
  labels: PlacedText[];
  amount: PlacedBar;
  valuation: PlacedBar | PlacedText;
  /** For a contradicted amount: a tick at the primary source's figure, labelled under the bar. */
  reference?: PlacedReference;
}

/** A reference tick across a bar at the figure a primary source gives, with its label and hover. */
export interface PlacedReference {
  x: number;
  y1: number;
  y2: number;
  label: PlacedText;
  title: string;
}

/** The rounds chart placed: two panels (amount, valuation) with their own scales, one row per round. */
export interface PlacedRounds {
  width: number;
  height: number;
  headers: PlacedText[];
  ticks: PlacedTick[];
  rows: PlacedRoundRow[];
}

const BAR = 14;

/**
 * Returns the rounds chart placed in `size.width` user units: wide layouts put names left of
 * two side-by-side panels; narrow ones put names above the bars. Amount and valuation have
 * separate linear scales from zero, since valuations are an order of magnitude larger.
 */
export function layoutRounds(series: RoundsSeries, size: Size): PlacedRounds {
  const narrow = size.width < NARROW_BELOW;
  const labelW = narrow ? size.width : 170;
  const panelX = narrow ? 0 : labelW + 10;
  const gap = narrow ? 14 : 20;
  const panelW = (size.width - panelX - gap) / 2;
  const xs = [panelX, panelX + panelW + gap] as const;

  // Primary figures share the amount scale, so their ticks fall inside the panel.
  const amounts = [
    ...series.rows.map((r) => r.amount),
    ...series.rows.flatMap((r) => (r.primary ? [r.primary] : [])),
  ];
  const vals = series.rows.flatMap((r) => (r.valuation ? [r.valuation] : []));
  const amountScale = panelScale(
    amounts,
    amounts.map((a) => a.label),
    xs[0],
    panelW,
  );
  const valScale = panelScale(
    vals,
    vals.map((v) => v.label),
    xs[1],
    panelW,
  );

  const top = 44;
  const rows: PlacedRoundRow[] = [];
  let y = top;
  for (const r of series.rows) {
    const detail = wrapText(r.detail, labelW, FONT, narrow ? 1 : 2);
    const word = r.verdict ? VERDICT_WORDS[r.verdict] : undefined;
    const verdict = word && r.verdict ? `${verdictGlyph(r.verdict)} 照合: ${word}` : undefined;
    const lines = [r.name, ...detail, ...(verdict ? [verdict] : [])];
    const labels: PlacedText[] = lines.map((t, i) => ({
      x: 0,
      y: y + 14 + i * 15,
      text: t,
      cls: i === 0 ? 'strong' : t === verdict ? `verdict verdict-${r.verdict}` : 'muted',
      size: i === 0 ? FONT + 1 : undefined,
    }));
    const textH = lines.length * 15 + 4;
    const refRoom = r.primary ? 14 : 0;
    const rowH = narrow ? textH + BAR + 14 + refRoom : Math.max(textH + 8, BAR + 20 + 2 * refRoom);
    const barY = narrow ? y + textH + 2 : y + (rowH - BAR) / 2;
    const checked = word
      ? `・照合: ${word}${r.primary ? `(一次資料では${r.primary.label})` : ''}`
      : '';
    const amount = placeBar(r.amount, amountScale, barY, BAR, {
      label: r.amount.label,
      title: `${r.name} 調達額: ${r.amount.exact}${checked}`,
      colour: 'k1',
    });
    let reference: PlacedReference | undefined;
    if (r.primary) {
      const x = amountScale(pointOf(r.primary));
      const text = `一次資料 ${r.primary.label}`;
      const edge = xs[0] + panelW;
      // Centred under the tick, kept inside the amount panel.
      const half = textWidth(text, FONT) / 2;
      const lx = Math.min(Math.max(x, xs[0] + half), edge - half);
      reference = {
        x,
        y1: barY - 4,
        y2: barY + BAR + 4,
        label: { x: lx, y: barY + BAR + 15, text, anchor: 'middle', cls: 'reference' },
        title: `${r.name} 一次資料の調達額: ${r.primary.exact}`,
      };
      // A tick past the bar's end would strike through its value label: the label moves past it.
      const labelEnd = amount.label.x + textWidth(amount.label.text, FONT);
      if (x > amount.bar.end && x < labelEnd + 4) amount.label = { ...amount.label, x: x + 5 };
    }
    const valuation: PlacedBar | PlacedText = r.valuation
      ? placeBar(r.valuation, valScale, barY, BAR, {
          label: r.valuation.label,
          title: `${r.name} 評価額: ${r.valuation.exact}`,
          colour: 'k2',
        })
      : { x: xs[1], y: barY + BAR / 2 + 4, text: '評価額の報道なし', cls: 'muted' };
    rows.push({ id: r.id, labels, amount, valuation, ...(reference ? { reference } : {}) });
    y += rowH;
  }
  const headers: PlacedText[] = [
    { x: xs[0], y: 14, text: '調達額（米ドル）', cls: 'strong' },
    {
      x: xs[1],
      y: 14,
      text: narrow ? '評価額（米ドル）' : '評価額・ポストマネー（米ドル）',
      cls: 'strong',
    },
  ];
  const ticks = [
    ...placeTicks(amountScale, formatUsdCompact, top - 4, y, top - 10, 3),
    ...placeTicks(valScale, formatUsdCompact, top - 4, y, top - 10, 3),
  ];
  return { width: size.width, height: y + 4, headers, ticks, rows };
}
