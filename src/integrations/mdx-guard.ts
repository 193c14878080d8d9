import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { MdastPluginDefinition, MdastPluginEntry, PluginFactoryContext } from 'satteri';
import {
  checkNode,
  formatProblems,
  type GuardNode,
  type GuardProblem,
} from '../lib/mdx-guard/index';

/** The node types that can carry code, markup or a URL; every other node is plain Markdown. */
const CHECKED = [
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'image',
  'imageReference',
  'link',
  'definition',
] as const;

/** The error an article with refused constructs fails the build with: every problem, one a line. */
export class MdxGuardError extends Error {
  constructor(file: string, problems: readonly GuardProblem[]) {
    super(
      `MDX guard: ${file} contains code or markup an article may not have:\n${formatProblems(file, problems)}\n` +
        'Articles are written by `npm run ingest`; place charts through the manifest embeds (docs/charts.md).',
    );
    this.name = 'MdxGuardError';
  }
}

/** Returns the satteri mdast plugin that checks one MDX document and throws MdxGuardError on a problem. */
export function mdxGuardPlugin(file: string): MdastPluginDefinition {
  const problems: GuardProblem[] = [];
  const visit = (node: Readonly<GuardNode>) => {
    const message = checkNode(node);
    const start = node.position?.start;
    if (message) problems.push({ line: start?.line ?? 0, column: start?.column ?? 0, message });
  };
  const plugin: MdastPluginDefinition = {
    name: 'mdx-guard',
    options: { position: true },
    after() {
      if (problems.length > 0) throw new MdxGuardError(file, problems);
    },
  };
  for (const type of CHECKED) Object.assign(plugin, { [type]: visit });
  return plugin;
}

/** Returns the plugin entry: a fresh guard per MDX document, nothing for plain Markdown. */
export function mdxGuardEntry(root = process.cwd()): MdastPluginEntry {
  return (ctx: PluginFactoryContext) => {
    if (ctx.sourceFormat !== 'mdx') return null;
    const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '<mdx>';
    return mdxGuardPlugin(ctx.fileURL ? relative(root, path) : path);
  };
}

/**
 * Astro integration that adds the MDX guard to the Markdown processor that @astrojs/mdx uses, so
 * the build fails, naming file, line and construct, on any article with module code, expressions,
 * components other than the charts, non-literal props, images or script links. List it before mdx().
 */
export function mdxGuard(): AstroIntegration {
  return {
    name: 'mdx-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as {
          name: string;
          options: { mdastPlugins?: MdastPluginEntry[] };
        };
        // Another processor would not run the guard; refuse to build unguarded articles.
        if (processor.name !== 'satteri' || !Array.isArray(processor.options.mdastPlugins)) {
          throw new Error(
            `mdx-guard: markdown.processor is "${processor.name}", which does not run satteri mdast plugins.`,
          );
        }
        processor.options.mdastPlugins.push(mdxGuardEntry(fileURLToPath(config.root)));
      },
    },
  };
}
