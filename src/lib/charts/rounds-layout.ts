import { formatUsdCompact } from '../money';
import type { RoundsSeries } from '../data/series/rounds';
import { panelScale, placeBar, placeTicks } from './panel';
import type { PlacedBar, PlacedText, PlacedTick } from './placed';
import { FONT, NARROW_BELOW, type Size } from './svg-root';
import { wrapText } from './text-width';
import { addVerdict, checkedTitle, placeReference, type PlacedReference } from './verdict-marks';

/** One round's row: its name lines and its amount and valuation bars (or a 'not reported' note). */
export interface PlacedRoundRow {
  id: string;
  labels: PlacedText[];
  amount: PlacedBar;
  valuation: PlacedBar | PlacedText;
  /** For a contradicted amount: a tick at the primary source's figure, labelled under the bar. */
  reference?: PlacedReference;
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
    const named: PlacedText[] = [r.name, ...detail].map((t, i) => ({
      x: 0,
      y: y + 14 + i * 15,
      text: t,
      cls: i === 0 ? 'strong' : 'muted',
      size: i === 0 ? FONT + 1 : undefined,
    }));
    const labels = addVerdict(named, r, { maxWidth: labelW, line: 15 });
    const textH = labels.length * 15 + 4;
    const refRoom = r.primary ? 14 : 0;
    const rowH = narrow ? textH + BAR + 14 + refRoom : Math.max(textH + 8, BAR + 20 + 2 * refRoom);
    const barY = narrow ? y + textH + 2 : y + (rowH - BAR) / 2;
    const amount = placeBar(r.amount, amountScale, barY, BAR, {
      label: r.amount.label,
      title: `${r.name} 調達額: ${r.amount.exact}${checkedTitle(r)}`,
      colour: 'k1',
    });
    const reference = r.primary
      ? placeReference(amount, r.primary, amountScale, {
          left: xs[0],
          right: xs[0] + panelW,
          labelY: barY + BAR + 15,
        })
      : undefined;
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
