import { textWidth } from './text-width';

/** An axis-aligned box in user units. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A label to place beside an anchor point: the point and the label's width and height. */
export interface LabelRequest {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label went: its box, which side of its point, and its vertical centre. */
export interface LabelSpot {
  side: 'left' | 'right' | 'center';
  cy: number;
  box: Box;
}

/** Returns the box a one-line label occupies at `fontSize`, from its anchor and baseline. */
export function textBox(
  t: { x: number; y: number; text: string; anchor?: string; tail?: { text: string } },
  fontSize = 12,
): Box {
  const w = textWidth(t.text + (t.tail?.text ?? ''), fontSize);
  const x1 = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
  return { x1, x2: x1 + w, y1: t.y - fontSize * 0.92, y2: t.y + fontSize * 0.25 };
}

/** Returns true when boxes `a` and `b`, each grown by `gap` / 2, overlap. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/**
 * Returns a spot for each label, in request order: requests are placed top to bottom, each at
 * the candidate nearest its point (in `sides` order, then moved up or down in 2-unit steps) whose
 * box stays inside `bounds` and keeps `gap` units from every label already placed and every
 * obstacle; when none is free, the candidate with the least overlap is used.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  obstacles: readonly Box[] = [],
  opts: { pad?: number; gap?: number; reach?: number; sides?: readonly LabelSpot['side'][] } = {},
): LabelSpot[] {
  const { pad = 9, gap = 2, reach = 90, sides = ['right', 'left'] } = opts;
  const order = requests
    .map((_, i) => i)
    .sort((a, b) => (requests[a]?.y ?? 0) - (requests[b]?.y ?? 0) || a - b);
  const placed: Box[] = [];
  const out = new Array<LabelSpot>(requests.length);
  for (const i of order) {
    const r = requests[i];
    if (!r) continue;
    let best: { spot: LabelSpot; cost: number } | undefined;
    for (let step = 0; step <= reach; step += 2) {
      for (const dy of step === 0 ? [0] : [step, -step]) {
        for (const side of sides) {
          // A centred label may slide sideways to stay inside; a side label stays beside its point.
          const centred = Math.min(Math.max(r.x - r.width / 2, bounds.x1), bounds.x2 - r.width);
          const x1 = side === 'right' ? r.x + pad : side === 'left' ? r.x - pad - r.width : centred;
          const cy = r.y + dy;
          const box = { x1, x2: x1 + r.width, y1: cy - r.height / 2, y2: cy + r.height / 2 };
          if (box.x1 < bounds.x1 || box.x2 > bounds.x2 || box.y1 < bounds.y1 || box.y2 > bounds.y2)
            continue;
          const hits = [...placed, ...obstacles].filter((o) => overlaps(box, o, gap)).length;
          const cost = hits * 1000 + step + sides.indexOf(side) * 6;
          if (!best || cost < best.cost) best = { spot: { side, cy, box }, cost };
        }
      }
      if (best && best.cost < 1000 && best.cost <= step) break;
    }
    const spot = best?.spot ?? {
      side: 'right',
      cy: r.y,
      box: {
        x1: r.x + pad,
        x2: r.x + pad + r.width,
        y1: r.y - r.height / 2,
        y2: r.y + r.height / 2,
      },
    };
    placed.push(spot.box);
    out[i] = spot;
  }
  return out;
}
