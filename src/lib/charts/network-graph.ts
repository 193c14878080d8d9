/** A flow between companies: several payers (a joint venture) or one, and one receiver. */
export interface FlowEdge {
  id: string;
  from: readonly string[];
  to: string;
  /** Flow size used for ordering (USD), 0 when undisclosed. */
  weight: number;
}

/** A node of the drawn graph: a company in a column, or a junction where joint payers meet. */
export interface GraphNode {
  key: string;
  company: string;
  /** Column; junctions sit at a fraction before their receiver's column. */
  layer: number;
  junction: boolean;
}

/** A drawn segment: one payer's part of a joint deal (`partner`) or a whole flow (`main`). */
export interface GraphSegment {
  edge: string;
  source: string;
  target: string;
  role: 'main' | 'partner';
}

/** The graph ready for placement: nodes, segments, and company node keys per column in order. */
export interface FlowGraph {
  nodes: Map<string, GraphNode>;
  segments: GraphSegment[];
  columns: string[][];
}

/** How columns are formed: by longest payment chain (wide) or payers left, receivers right (narrow). */
export type FlowMode = 'layered' | 'bipartite';

const JUNCTION_OFFSET = 0.35;

/** Returns each company's column in layered mode: 0 for pure payers, else 1 + its deepest payer (cycles cut). */
export function longestPathLayers(edges: readonly FlowEdge[]): Map<string, number> {
  const preds = new Map<string, Set<string>>();
  const all = new Set<string>();
  for (const e of edges) {
    all.add(e.to);
    for (const f of e.from) {
      all.add(f);
      const set = preds.get(e.to) ?? new Set<string>();
      set.add(f);
      preds.set(e.to, set);
    }
  }
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (v: string): number => {
    const known = memo.get(v);
    if (known !== undefined) return known;
    if (visiting.has(v)) return -1; // a cycle: the edge that closes it does not push layers
    visiting.add(v);
    let d = 0;
    for (const p of [...(preds.get(v) ?? [])].sort()) if (p !== v) d = Math.max(d, depth(p) + 1);
    visiting.delete(v);
    memo.set(v, d);
    return d;
  };
  return new Map([...all].sort().map((v) => [v, depth(v)]));
}

/**
 * Returns the graph for `mode`: joint deals get a junction node just before their receiver,
 * partners link to it and it links on; columns are ordered by flow size, then by the mean
 * position of each node's neighbours (two sweeps), ties by key, so output is deterministic.
 */
export function buildFlowGraph(edges: readonly FlowEdge[], mode: FlowMode): FlowGraph {
  const layers = longestPathLayers(edges);
  const nodes = new Map<string, GraphNode>();
  const node = (company: string, side: 'L' | 'R'): string => {
    const key = mode === 'bipartite' ? `${side}:${company}` : company;
    const layer = mode === 'bipartite' ? (side === 'L' ? 0 : 1) : (layers.get(company) ?? 0);
    if (!nodes.has(key)) nodes.set(key, { key, company, layer, junction: false });
    return key;
  };
  const segments: GraphSegment[] = [];
  const flow = new Map<string, number>();
  for (const e of edges) {
    const target = node(e.to, 'R');
    flow.set(target, (flow.get(target) ?? 0) + e.weight);
    const sources = e.from.map((f) => node(f, 'L'));
    for (const s of sources) flow.set(s, (flow.get(s) ?? 0) + e.weight);
    if (sources.length === 1) {
      segments.push({ edge: e.id, source: sources[0] ?? '', target, role: 'main' });
      continue;
    }
    const j = `J:${e.id}`;
    const layer = (nodes.get(target)?.layer ?? 1) - JUNCTION_OFFSET;
    nodes.set(j, { key: j, company: e.to, layer, junction: true });
    for (const s of sources) segments.push({ edge: e.id, source: s, target: j, role: 'partner' });
    segments.push({ edge: e.id, source: j, target, role: 'main' });
  }
  const count = Math.max(0, ...[...nodes.values()].map((n) => Math.round(n.layer))) + 1;
  const columns: string[][] = Array.from({ length: count }, () => []);
  for (const n of [...nodes.values()].filter((x) => !x.junction)) columns[n.layer]?.push(n.key);
  const bySize = (a: string, b: string) =>
    (flow.get(b) ?? 0) - (flow.get(a) ?? 0) || a.localeCompare(b);
  columns.forEach((c) => c.sort(bySize));
  // Neighbours through junctions count as direct neighbours for ordering.
  const through = (key: string, dir: 'source' | 'target'): string[] =>
    segments
      .filter((s) => s[dir === 'source' ? 'target' : 'source'] === key)
      .flatMap((s) => {
        const other = dir === 'source' ? s.source : s.target;
        return nodes.get(other)?.junction ? through(other, dir) : [other];
      });
  const sweep = (cols: number[], dir: 'source' | 'target') => {
    for (const i of cols) {
      const pos = new Map(
        columns.flatMap((c) => c.map((k, idx) => [k, idx / Math.max(1, c.length - 1)] as const)),
      );
      const bary = (k: string) => {
        const ns = through(k, dir).map((n) => pos.get(n) ?? 0);
        return ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : (pos.get(k) ?? 0);
      };
      columns[i]?.sort((a, b) => bary(a) - bary(b) || bySize(a, b));
    }
  };
  const idx = columns.map((_, i) => i);
  sweep(idx.slice(1), 'source');
  sweep(idx.slice(0, -1).reverse(), 'target');
  sweep(idx.slice(1), 'source');
  return { nodes, segments, columns };
}
