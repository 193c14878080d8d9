/**
 * Reads the relative imports of every .ts, .mjs and .astro file under src/ and scripts/ and
 * groups them by package (src/lib/<name>, src/<folder>, scripts), so tests can find cycles
 * between packages and imports that run against the layer order.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** One import edge between two files, both as paths relative to the project root with `/`. */
export interface ImportEdge {
  from: string;
  to: string;
}

const SOURCE = /\.(ts|mjs|astro)$/;
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s(?:[^'"`]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return walk(full);
    return SOURCE.test(e.name) ? [full] : [];
  });
}

function resolveFile(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

/** Returns every relative import (including `?raw` and type-only ones) under `dirs` of `root`. */
export function importEdges(
  root: string,
  dirs: readonly string[] = ['src', 'scripts'],
): ImportEdge[] {
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  return dirs.flatMap((d) =>
    walk(join(root, d)).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(SPECIFIER)].flatMap((m) => {
        const spec = m[1] ?? m[2] ?? '';
        if (!spec.startsWith('.')) return [];
        const target = resolveFile(file, spec);
        return target ? [{ from: rel(file), to: rel(target) }] : [];
      });
    }),
  );
}

/** Returns every bare (package) specifier a file imports, e.g. `astro:content`, `node:fs`. */
export function bareImports(root: string, dirs: readonly string[] = ['src', 'scripts']) {
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  return dirs.flatMap((d) =>
    walk(join(root, d)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(SPECIFIER)]
        .map((m) => m[1] ?? m[2] ?? '')
        .filter((spec) => !spec.startsWith('.'))
        .map((spec) => ({ from: rel(file), spec })),
    ),
  );
}

/** Returns a file's package: `src/lib/<name>` for library code, else its top folder. */
export function packageOf(path: string): string {
  const parts = path.split('/');
  // A module directly in src/lib (errors.ts) is a package of its own.
  if (parts[0] === 'src' && parts[1] === 'lib' && parts.length === 3)
    return path.replace(/\.ts$/, '');
  if (parts[0] === 'src' && parts[1] === 'lib' && parts.length > 3)
    return parts.slice(0, 3).join('/');
  if (parts[0] === 'src' && parts.length > 2) return parts.slice(0, 2).join('/');
  return parts[0] === 'src' ? 'src' : (parts[0] ?? path);
}

/** Returns the package-level cycles as strongly connected components of two or more packages. */
export function packageCycles(edges: readonly ImportEdge[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const a = packageOf(from);
    const b = packageOf(to);
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    if (a !== b) graph.get(a)!.add(b);
  }
  // Tarjan's algorithm; the graph has a few dozen nodes, so recursion depth is no concern.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

/** Returns the package edges `a -> b` behind a cycle, with one example file import each. */
export function edgesWithin(edges: readonly ImportEdge[], packages: readonly string[]) {
  const set = new Set(packages);
  return edges.filter((e) => {
    const a = packageOf(e.from);
    const b = packageOf(e.to);
    return a !== b && set.has(a) && set.has(b);
  });
}
