/**
 * What an article's MDX may contain beyond Markdown text: chart components with literal props.
 * Module code (import/export), `{…}` expressions, other JSX, images and script-like links are
 * refused, so no article, generated or edited by hand, can run code when the site is built or read.
 */
import { EMBED_COMPONENTS } from './embeds';

/** The parts of an mdast node the checks read (satteri and unified trees both fit). */
export interface GuardNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: readonly GuardNode[];
  children?: readonly GuardNode[];
  position?: { start: { line: number; column: number; offset?: number } } | undefined;
}

/** One refused construct: where it starts (1-based line and column) and what it is. */
export interface GuardProblem {
  line: number;
  column: number;
  message: string;
}

const EMBEDS = new Set(EMBED_COMPONENTS);
// A URL scheme as a browser reads it: letters up to the first colon, before any / ? #.
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Returns true for a JSON literal a prop may take: a string, a finite number or a list of strings. */
function literalProp(source: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return false;
  }
  if (typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Returns why a component's props are refused, or undefined when each is a plain literal. */
function propProblem(element: GuardNode): string | undefined {
  for (const attr of element.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute') return `<${element.name}> spreads an expression`;
    const value = attr.value;
    if (value === null || value === undefined || typeof value === 'string') continue;
    const source = (value as GuardNode).value;
    if (typeof source !== 'string' || !literalProp(source)) {
      return `<${element.name}> prop ${attr.name} is an expression, not a JSON string, number or list of strings`;
    }
  }
  return undefined;
}

/** Returns the scheme of a URL with the characters browsers ignore (controls, whitespace) removed. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what this matches
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return SCHEME.exec(compact)?.[1]?.toLowerCase();
}

/** Returns why one node is refused in an article, or undefined when it is allowed. */
export function checkNode(node: GuardNode): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'module code (import/export) is not allowed in an article';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return 'a {…} expression is not allowed in an article';
    case 'mdxJsxTextElement':
      return `<${node.name ?? ''}> inside a paragraph: a component must stand on its own line`;
    case 'mdxJsxFlowElement':
      if (!node.name || !EMBEDS.has(node.name)) {
        return `<${node.name ?? ''}> is not a chart component (allowed: ${EMBED_COMPONENTS.join(', ')})`;
      }
      if ((node.children ?? []).length > 0) return `<${node.name}> must be self-closing`;
      return propProblem(node);
    case 'image':
    case 'imageReference':
      return 'an image is not allowed in an article (charts come from the manifest embeds)';
    case 'link':
    case 'definition': {
      const scheme = urlScheme(node.url ?? '');
      return scheme && !SAFE_SCHEMES.has(scheme)
        ? `a ${scheme}: link is not allowed (only http, https and mailto)`
        : undefined;
    }
    default:
      return undefined;
  }
}

/** Returns every refused node of a parsed article, in document order. */
export function checkTree(root: GuardNode): GuardProblem[] {
  const problems: GuardProblem[] = [];
  const stack: GuardNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const message = checkNode(node);
    if (message) {
      const start = node.position?.start;
      problems.push({ line: start?.line ?? 0, column: start?.column ?? 0, message });
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return problems;
}

/** Returns the problems as `file:line:column: message` lines, for build and ingest errors. */
export function formatProblems(file: string, problems: readonly GuardProblem[]): string {
  return problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join('\n');
}
