/**
 * The ingest checks its own output with the parser the build uses (satteri, as @astrojs/mdx
 * runs it): the article must parse, hold nothing the build's MDX guard refuses, link only to
 * http(s), and contain exactly the manifest's embeds as components. Whatever a source holds,
 * an article that could run code is never written.
 */
import { mdxToMdast } from 'satteri';
import { checkTree, urlScheme, type GuardNode, type GuardProblem } from '../mdx-guard/index';
import { ingestError, type IngestError } from './errors';

const describe = (p: GuardProblem) => `line ${p.line}: ${p.message}`;

const webLink = (link: GuardNode) => ['http', 'https'].includes(urlScheme(link.url ?? '') ?? '');

/** True for an e-mail address in the text that GFM shows as a mailto: link (its text is the address). */
function autolinkedAddress(link: GuardNode): boolean {
  const [only, ...rest] = link.children ?? [];
  return rest.length === 0 && only?.type === 'text' && `mailto:${String(only.value)}` === link.url;
}

/** Returns the problems specific to ingested articles: links other than http(s), components that are not embeds. */
function ingestProblems(root: GuardNode, mdx: string, embeds: readonly string[]): GuardProblem[] {
  const problems: GuardProblem[] = [];
  const allowed = new Set(embeds);
  const stack: GuardNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start ?? { line: 0, column: 0 };
    const at = { line: start.line, column: start.column };
    if (node.type === 'link' && !webLink(node) && !autolinkedAddress(node)) {
      problems.push({ ...at, message: `a link to "${node.url}"` });
    } else if (node.type === 'linkReference' || node.type === 'definition') {
      problems.push({ ...at, message: 'a reference link' });
    } else if (node.type === 'mdxJsxFlowElement') {
      const end = (node.position as { end?: { offset?: number } } | undefined)?.end?.offset;
      const text = mdx.slice(start.offset ?? 0, end ?? 0);
      if (!allowed.has(text)) problems.push({ ...at, message: `<${node.name}> is not an embed` });
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return problems;
}

/** Returns the error for an embed that is not a chart, or undefined when every embed passes the guard. */
export function checkEmbeds(embeds: readonly string[], file: string): IngestError | undefined {
  for (const embed of embeds) {
    const fail = (detail: string) => ingestError('bad-embed', file, `${embed}: ${detail}`);
    let root: GuardNode;
    try {
      root = mdxToMdast(embed, { position: true }) as GuardNode;
    } catch (err) {
      return fail((err as Error).message.split('\n')[0] ?? 'parse error');
    }
    const problems = checkTree(root);
    if (problems.length > 0) return fail(problems[0]!.message);
    const only = root.children?.length === 1 ? root.children[0] : undefined;
    if (only?.type !== 'mdxJsxFlowElement') return fail('not one component on its own line');
  }
  return undefined;
}

/**
 * Throws IngestError 'unsafe-output' (naming `file` and the first problem's line) unless the MDX
 * parses to Markdown text, http(s) links and the given embed lines only.
 */
export function verifyArticle(mdx: string, embeds: readonly string[], file: string): void {
  let root: GuardNode;
  try {
    root = mdxToMdast(mdx, { position: true }) as GuardNode;
  } catch (err) {
    throw ingestError(
      'unsafe-output',
      file,
      (err as Error).message.split('\n')[0] ?? 'parse error',
    );
  }
  const problems = [...checkTree(root), ...ingestProblems(root, mdx, embeds)];
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line);
    throw ingestError('unsafe-output', file, problems.slice(0, 3).map(describe).join('; '));
  }
}
