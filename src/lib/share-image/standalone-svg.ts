/**
 * Turns a chart SVG that relies on the page's stylesheet into one that stands alone (for the
 * SVG download and for PNG rendering, where no page CSS applies): the chart rules of
 * chart.css are copied into a <style>, with the light palette's custom properties replaced by
 * their values, because SVG renderers such as resvg do not evaluate var().
 */

/** Returns the custom properties declared in the first `selector { … }` block of `css`. */
export function customProperties(css: string, selector = '.chart'): Map<string, string> {
  const at = css.search(new RegExp(`(^|\\n)${selector.replace('.', '\\.')}\\s*\\{`));
  const vars = new Map<string, string>();
  if (at < 0) return vars;
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  for (const [, name, value] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    if (name && value) vars.set(name, value.trim());
  }
  return vars;
}

/** Returns `value` with every var(--x) or var(--x, fallback) replaced from `vars`, recursively. */
export function resolveVars(value: string, vars: Map<string, string>, depth = 0): string {
  if (depth > 5) return value;
  const out = value.replace(
    /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g,
    (_, name: string, fallback?: string) => {
      const v = vars.get(name);
      // A value that only points at a page variable (var(--bg, #fdfcf9)) falls back to its default.
      return v !== undefined ? v : (fallback ?? '').trim();
    },
  );
  return out.includes('var(') && out !== value ? resolveVars(out, vars, depth + 1) : out;
}

/** Returns the top-level rules of `css` whose selectors all start with `prefix`. */
export function rulesFor(css: string, prefix = '.chart-svg'): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') {
      if (depth === 0) start = css.lastIndexOf('}', i) + 1;
      depth++;
    } else if (css[i] === '}') {
      depth--;
      if (depth === 0) {
        const rule = css
          .slice(start, i + 1)
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .trim();
        const selectors = rule
          .slice(0, rule.indexOf('{'))
          .split(',')
          .map((s) => s.trim());
        if (!rule.startsWith('@') && selectors.every((s) => s.startsWith(prefix))) rules.push(rule);
      }
    }
  }
  return rules;
}

/** Returns the colour each mark class (k0…k6) sets through --mark, resolved. */
function markColours(rules: string[], vars: Map<string, string>): [string, string][] {
  return rules.flatMap((r) => {
    const m = /^\.chart-svg \.(k\d+)\s*\{\s*--mark:\s*([^;]+);\s*\}$/.exec(r);
    return m ? [[m[1]!, resolveVars(m[2]!, vars)] as [string, string]] : [];
  });
}

/**
 * Returns a rule that reads var(--mark) as one rule per mark class, for the class on the
 * element itself or on an ancestor, since --mark is inherited and a static SVG cannot inherit
 * custom properties; other rules come back unchanged and --mark declarations are dropped.
 */
function expandMark(rule: string, marks: [string, string][]): string[] {
  if (/\{\s*--mark:/.test(rule)) return [];
  if (!rule.includes('var(--mark)')) return [rule];
  const brace = rule.indexOf('{');
  const selectors = rule
    .slice(0, brace)
    .split(',')
    .map((x) => x.trim().replace(/^\.chart-svg\s+/, ''));
  return marks.map(([cls, colour]) => {
    // The class may sit on an ancestor or on any compound of the selector (.flow.k1 .link).
    const sel = selectors.flatMap((x) => {
      const parts = x.split(/\s+/);
      return [
        `.chart-svg .${cls} ${x}`,
        ...parts.map((_, i) =>
          ['.chart-svg', ...parts.map((p, k) => (k === i ? `${p}.${cls}` : p))].join(' '),
        ),
      ];
    });
    return `${sel.join(', ')} ${rule.slice(brace).replace(/var\(--mark\)/g, colour)}`;
  });
}

/**
 * Returns `svg` (one chart's <svg>…</svg>) with the chart rules of `css` embedded, colours
 * resolved to the light palette, a white-paper background and Japanese-capable font families.
 */
export function standaloneSvg(svg: string, css: string): string {
  const vars = customProperties(css);
  for (const [k, v] of vars) vars.set(k, resolveVars(v, vars));
  const fg = vars.get('--chart-fg') ?? '#1c1c1e';
  const bg = vars.get('--chart-bg') ?? '#fdfcf9';
  const rules = rulesFor(css);
  const style = [
    `.chart-svg { font-family: 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif; color: ${fg}; }`,
    ...rules.flatMap((r) => expandMark(r, markColours(rules, vars))),
  ]
    .map((r) => resolveVars(r, vars).replace(/currentColor/g, fg))
    .join('\n');
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0];
  if (!open) throw new Error('standaloneSvg: input does not start with <svg');
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(open);
  const size = viewBox ? ` width="${viewBox[1]}" height="${viewBox[2]}"` : '';
  const root = open.replace(/^<svg\b/, `<svg${size}`);
  const paper = viewBox ? `<rect width="100%" height="100%" fill="${bg}"/>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}<style>${style}</style>${paper}${svg.slice(open.length)}`;
}
