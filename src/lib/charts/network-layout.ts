/**
 * Money-network layout: series + size -> placed nodes, links and labels. Over 150 lines because
 * node placement, link widths and label collision share one coordinate frame.
 */
import { boundKind } from './bound-shape';
import { scaleSqrt } from 'd3';
import type { NetworkLink, NetworkSeries } from '../data/series/network';
import { labelOf } from '../dataset/labels';
import { extentOf } from '../money/bounds';
import { flowPath } from './curve';
import { placeLegend, type PlacedLegendItem } from './legend';
import { buildFlowGraph, type FlowMode, type GraphSegment } from './network-graph';
import type { PlacedText } from './placed';
import { FONT, NARROW_BELOW, type Size } from './svg-root';
import { textWidth } from './text-width';
import { checkedTitle, verdictClass, verdictTag } from './verdict-marks';

/** A company (or junction) placed: its bar and its name above it. */
export interface PlacedNode {
  key: string;
  x: number;
  y: number;
  height: number;
  junction: boolean;
  label?: PlacedText;
}

/** One drawn flow segment: a curve of width ∝ √amount, its kind shown by a dashed centre line. */
export interface PlacedLink {
  id: string;
  d: string;
  width: number;
  /** Width of the initial tranche drawn inside, when reported. */
  innerWidth?: number;
  /** Palette and dash classes of the deal kind. */
  style: string;
  /** True for up-to amounts: the width is a ceiling, drawn faded. */
  ceiling: boolean;
  title: string;
  /** The amount, one line per text (a first tranche gets its own line). */
  labels: PlacedText[];
}

/** The money network placed. */
export interface PlacedNetwork {
  width: number;
  height: number;
  legend: PlacedLegendItem[];
  nodes: PlacedNode[];
  links: PlacedLink[];
}

/** Palette and dash class per deal kind: colour is never the only cue. */
export const KIND_STYLE: Record<string, string> = {
  'equity-investment': 'k1 dash-solid',
  'cloud-contract': 'k2 dash-long',
  'compute-purchase': 'k4 dash-dot',
  construction: 'k5 dash-dash-dot',
  'joint-venture': 'k3 dash-short',
  supply: 'k6 dash-dot',
  other: 'k0 dash-short',
};

/** Width in user units of a flow without a disclosed amount. */
export const THIN = 1.5;
/** Vertical room in user units each labelled flow gets where it leaves its payer. */
export const LABEL_PITCH = 17;
const NODE_W = 8;
const NAME_H = 18;

function amountLines(l: NetworkLink): string[] {
  if (!l.amount) return ['金額非公表'];
  return l.initial ? [l.amount.label, `(初期${l.initial.label})`] : [l.amount.label];
}

/**
 * Returns the network placed in `size.width`: wide layouts put each company in the column of
 * its longest payment chain, narrow ones put payers left and receivers right. Link width is
 * proportional to the square root of the USD amount; undisclosed amounts are THIN. Each labelled
 * flow leaves its payer in a slot at least LABEL_PITCH tall with its amount written at its
 * start, so labels never collide; a joint deal's amount is written under its receiver.
 */
export function layoutNetwork(s: NetworkSeries, size: Size): PlacedNetwork {
  const mode: FlowMode = size.width < NARROW_BELOW ? 'bipartite' : 'layered';
  const kinds = [...new Set(s.links.map((l) => l.kind))];
  const legendItems = kinds.map((k) => ({
    glyph: `line:${KIND_STYLE[k] ?? ''}`,
    label: labelOf(k),
  }));
  const [legend, legendBottom] = placeLegend(legendItems, 0, 0, size.width);
  const value = (l: NetworkLink) => (l.amount ? extentOf(l.amount) : 0);
  const maxW = mode === 'bipartite' ? 22 : 30;
  const w = scaleSqrt()
    .domain([0, Math.max(1, ...s.links.map(value))])
    .range([0, maxW]);
  const byId = new Map(s.links.map((l) => [l.id, l]));
  const link = (g: GraphSegment) => byId.get(g.edge) as NetworkLink;
  const graph = buildFlowGraph(
    s.links.map((l) => ({ id: l.id, from: l.from, to: l.to, weight: value(l) })),
    mode,
  );
  const width = (g: GraphSegment) =>
    g.role === 'partner' || !link(g).amount ? THIN : Math.max(2, w(value(link(g))));
  const junctionOf = (g: GraphSegment) => graph.nodes.get(g.source)?.junction ?? false;
  const labelledOut = (g: GraphSegment) => g.role === 'main' && !junctionOf(g);
  const outPitch = (g: GraphSegment) => Math.max(width(g) + 3, labelledOut(g) ? LABEL_PITCH : 0);

  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const heightOf = (key: string) =>
    Math.max(
      8,
      sum(graph.segments.filter((g) => g.source === key).map(outPitch)),
      sum(graph.segments.filter((g) => g.target === key).map((g) => width(g) + 3)),
    );
  const cols = graph.columns.length;
  // Names start at the first column and end at the last, so only glyph overhang needs a margin.
  const margin = 2;
  const span = size.width - NODE_W - 2 * margin;
  const colX = (layer: number) => margin + (layer * span) / Math.max(1, cols - 1);

  const top = legendBottom + 12;
  const nodes = new Map<string, PlacedNode>();
  let bottom = top;
  graph.columns.forEach((col, c) => {
    let y = top;
    for (const key of col) {
      const h = heightOf(key);
      const x = colX(c);
      const last = c === cols - 1 && cols > 1;
      const text = s.names[graph.nodes.get(key)?.company ?? ''] ?? key;
      const label: PlacedText = {
        x: last ? x + NODE_W : x,
        y: y + NAME_H - 5,
        text,
        anchor: last ? 'end' : 'start',
        cls: 'strong halo',
      };
      nodes.set(key, { key, x, y: y + NAME_H, height: h, junction: false, label });
      // A joint deal's figures and verdict go under its receiver: room for two lines or more.
      const joint = graph.segments.find((g) => g.target === key && junctionOf(g));
      const lines = joint ? amountLines(link(joint)).length + (verdictTag(link(joint)) ? 1 : 0) : 0;
      y += NAME_H + h + (joint ? 15 * Math.max(2, lines) + 4 : 0) + 12;
    }
    bottom = Math.max(bottom, y);
  });

  // Slots: outgoing ordered by the receiver's height, incoming by the payer's, so curves cross less.
  const mid = (key: string) => (nodes.get(key)?.y ?? 0) + (nodes.get(key)?.height ?? 0) / 2;
  const ends = new Map<GraphSegment, { sy: number; ty: number }>();
  for (const [key, n] of nodes) {
    let y = n.y;
    const outs = graph.segments.filter((g) => g.source === key);
    for (const g of outs.sort(
      (a, b) => mid(a.target) - mid(b.target) || a.edge.localeCompare(b.edge),
    )) {
      const pitch = outPitch(g);
      ends.set(g, { sy: y + pitch / 2, ty: ends.get(g)?.ty ?? 0 });
      y += pitch;
    }
    y = n.y;
    const ins = graph.segments.filter((g) => g.target === key);
    for (const g of ins.sort(
      (a, b) => mid(a.source) - mid(b.source) || a.edge.localeCompare(b.edge),
    )) {
      ends.set(g, { sy: ends.get(g)?.sy ?? 0, ty: y + (width(g) + 3) / 2 });
      y += width(g) + 3;
    }
  }
  // A junction sits level with its flow's end at the receiver; the partners converge on it.
  for (const n of graph.nodes.values()) {
    if (!n.junction) continue;
    const main = graph.segments.find((g) => g.source === n.key);
    const y = main ? (ends.get(main)?.ty ?? 0) : 0;
    nodes.set(n.key, { key: n.key, x: colX(n.layer) + NODE_W, y, height: 0, junction: true });
    for (const g of graph.segments.filter((x) => x.target === n.key))
      ends.set(g, { sy: ends.get(g)?.sy ?? 0, ty: y });
    if (main) ends.set(main, { sy: y, ty: ends.get(main)?.ty ?? 0 });
  }

  const links = graph.segments.map((g): PlacedLink => {
    const l = link(g);
    const src = nodes.get(g.source);
    const tgt = nodes.get(g.target);
    const { sy = 0, ty = 0 } = ends.get(g) ?? {};
    const sx = (src?.x ?? 0) + (src?.junction ? 0 : NODE_W);
    const tx = tgt?.x ?? 0;
    let labels: PlacedText[] = [];
    const tag = verdictTag(l);
    const tagCls = l.verdict ? `${verdictClass(l.verdict)} halo` : 'halo';
    if (labelledOut(g)) {
      const text = amountLines(l).join('');
      labels = [{ x: sx + 5, y: sy + 4.5, text, cls: 'halo' }];
      // The verdict follows the amount on the same line: a flow's label has one line of room.
      if (tag)
        labels.push({ x: sx + 11 + textWidth(text, FONT), y: sy + 4.5, text: tag, cls: tagCls });
    } else if (g.role === 'main' && tgt) {
      // A joint deal's amount goes under its receiver, one line per figure to stay narrow.
      const last = tgt.label?.anchor === 'end';
      labels = [...amountLines(l), ...(tag ? [tag] : [])].map((text, i) => ({
        x: last ? tgt.x + NODE_W : tgt.x,
        y: tgt.y + tgt.height + 15 + i * 15,
        text,
        anchor: last ? 'end' : 'start',
        cls: text === tag ? tagCls : 'halo',
      }));
    }
    return {
      id: g.role === 'main' ? l.id : `${l.id}-${graph.nodes.get(g.source)?.company}`,
      d: flowPath(sx, sy, tx, ty),
      width: width(g),
      innerWidth:
        g.role === 'main' && l.initial ? Math.max(1.5, w(extentOf(l.initial))) : undefined,
      style: KIND_STYLE[l.kind] ?? 'k0',
      ceiling: l.amount !== undefined && boundKind(l.amount) === 'up-to',
      title: `${l.label}(${labelOf(l.kind)}・${labelOf(l.status)}): ${l.amount ? l.amount.exact : '金額非公表'}${checkedTitle(l)}`,
      labels,
    };
  });
  return { width: size.width, height: bottom + 4, legend, nodes: [...nodes.values()], links };
}
