/**
 * Waffle layout for shares: series + size -> placed cells, labels and the rest cell. Over 150
 * lines because cell allocation and labelling share one grid.
 */
import { restText, type ShareSeries } from '../data/series/shares';
import { dodge } from './dodge';
import type { PlacedText } from './placed';
import type { Size } from './svg-root';
import { polyline } from './svg';
import { FONT } from './svg-root';
import { wrapText } from './text-width';

/** One cell of the 10×10 grid; `kind` says how it is drawn. */
export interface WaffleCell {
  x: number;
  y: number;
  /** filled: counted share; bound: the share lies below this many cells; rest: unassigned. */
  kind: 'filled' | 'bound' | 'rest';
  colour: string;
  group: string;
}

/** A group of cells with its label, leader, hover text and (for approximate shares) outline. */
export interface WaffleGroup {
  id: string;
  title: string;
  labels: PlacedText[];
  leader: { x1: number; y1: number; x2: number; y2: number };
  /** Dashed outline around an approximate share's cells. */
  outline?: string;
}

/** The share waffle placed: 100 cells, one per percent, with labelled groups. */
export interface PlacedWaffle {
  width: number;
  height: number;
  caption: PlacedText;
  cells: WaffleCell[];
  groups: WaffleGroup[];
  cell: number;
}

const COLS = 10;
const CELL = 17;
const PITCH = 19;
const COLOURS = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'];

/** Returns the outline path of `count` cells from index `start`, filled row by row. */
export function runOutline(start: number, count: number, top: number): string {
  const end = start + count - 1;
  const [r0, c0, r1, c1] = [
    Math.floor(start / COLS),
    start % COLS,
    Math.floor(end / COLS),
    end % COLS,
  ];
  const X = (c: number) => c * PITCH - 1;
  const Y = (r: number) => top + r * PITCH - 1;
  if (r0 === r1)
    return polyline(
      [
        [X(c0), Y(r0)],
        [X(c1 + 1), Y(r0)],
        [X(c1 + 1), Y(r0 + 1)],
        [X(c0), Y(r0 + 1)],
      ],
      true,
    );
  return polyline(
    [
      [X(c0), Y(r0)],
      [X(COLS), Y(r0)],
      [X(COLS), Y(r1)],
      [X(c1 + 1), Y(r1)],
      [X(c1 + 1), Y(r1 + 1)],
      [X(0), Y(r1 + 1)],
      [X(0), Y(r0 + 1)],
      [X(c0), Y(r0 + 1)],
    ],
    true,
  );
}

/**
 * Returns the shares as a 10×10 waffle (one cell = 1 %, filled row by row, largest share
 * first): exact and approximate shares fill round(value) cells (approximate ones outlined
 * dashed), an upper bound such as 1%未満 is drawn as that many empty dashed cells, the rest
 * stays pale; labels sit right of the grid, at least 32 units apart.
 */
export function layoutWaffle(s: ShareSeries, size: Size): PlacedWaffle {
  const top = 26;
  const cells: WaffleCell[] = [];
  const groups: WaffleGroup[] = [];
  const gridW = COLS * PITCH;
  const labelX = gridW + 22;
  const anchors: number[] = [];
  let index = 0;
  const add = (
    id: string,
    count: number,
    kind: WaffleCell['kind'],
    colour: string,
    title: string,
    lines: string[],
    approximate: boolean,
  ) => {
    const n = Math.max(0, Math.min(100 - index, count));
    for (let i = index; i < index + n; i++) {
      cells.push({
        x: (i % COLS) * PITCH,
        y: top + Math.floor(i / COLS) * PITCH,
        kind,
        colour,
        group: id,
      });
    }
    const mid = index + Math.max(0, n - 1) / 2;
    const rowY = top + Math.floor(mid / COLS) * PITCH + CELL / 2;
    anchors.push(rowY);
    const lastRow = Math.floor((index + Math.max(0, n - 1)) / COLS);
    const edgeX =
      lastRow === Math.floor(index / COLS) ? ((index + n - 1) % COLS) * PITCH + CELL : gridW - 2;
    groups.push({
      id,
      title,
      labels: lines
        .flatMap((l) => wrapText(l, size.width - labelX, FONT, 2))
        .map((text, i) => ({ x: labelX, y: 0, text, cls: i === 0 ? 'strong' : undefined })),
      leader: { x1: edgeX + 1, y1: rowY, x2: labelX - 4, y2: rowY },
      outline: approximate && n > 0 ? runOutline(index, n, top) : undefined,
    });
    index += n;
  };
  // Counted shares first, then the unassigned rest, then upper bounds: a bound's dashed cells
  // end the grid, next to its label.
  const colourOf = (id: string) =>
    COLOURS[s.parts.findIndex((p) => p.id === id) % COLOURS.length] ?? 'k1';
  const counted = s.parts.filter((p) => p.share.lo !== null);
  const bounds = s.parts.filter((p) => p.share.lo === null);
  const boundCells = bounds.reduce((a, p) => a + Math.ceil(p.share.hi ?? 0), 0);
  for (const p of counted) {
    const lines = [p.subject, p.label];
    add(
      p.id,
      Math.round(p.share.lo ?? 0),
      'filled',
      colourOf(p.id),
      `${p.subject}: ${p.label}`,
      lines,
      p.share.approximate,
    );
  }
  const rest = restText(s.rest);
  add(
    'rest',
    100 - index - boundCells,
    'rest',
    'k0',
    `残り: ${rest}`,
    [`残り ${rest}`, '(内訳の記載なし)'],
    false,
  );
  for (const p of bounds) {
    const lines = [p.subject, p.label, '(点線のマス未満)'];
    add(
      p.id,
      Math.ceil(p.share.hi ?? 0),
      'bound',
      colourOf(p.id),
      `${p.subject}: ${p.label}`,
      lines,
      false,
    );
  }

  // Each label block takes 15 units a line plus 4 between blocks.
  const heights = groups.map((g) => g.labels.length * 15 + 4);
  const ys = dodge(
    anchors,
    heights,
    top + 6,
    top + 10 * PITCH - (heights[heights.length - 1] ?? 0) + 10,
  );
  groups.forEach((g, i) => {
    const y = ys[i] ?? 0;
    g.labels = g.labels.map((l, j) => ({ ...l, y: y - 2 + j * 15 }));
    g.leader = { ...g.leader, y2: y + 3 };
  });
  return {
    width: size.width,
    height: top + 10 * PITCH + 6,
    caption: { x: 0, y: 14, text: `1マス＝${s.of}の1%`, cls: 'muted' },
    cells,
    groups,
    cell: CELL,
  };
}
