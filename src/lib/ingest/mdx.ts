import { stringify } from 'yaml';
import type { Block } from '../dedupe/types';

/** A block of the finished article: prose from the source, or a component line from the manifest. */
export type ArticleBlock = Block | { kind: 'embed'; text: string };

/** Frontmatter of an article, in the order it is written (see src/schemas/articles.ts). */
export interface ArticleFrontmatter {
  title: string;
  date?: string;
  tags: string[];
  author?: string;
  excerpt?: string;
  source: string;
  publisher?: string;
}

/**
 * Returns text with the characters MDX would read as JSX or expressions escaped ({ } < >),
 * and with line starts that markdown would read as a heading or a setext underline escaped.
 * Markdown emphasis and links are left as they are.
 */
export function escapeMdx(text: string): string {
  return text
    .replace(/[{}<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(#|=+\s*$|-+\s*$)/gm, (_, space: string, mark: string) => `${space}\\${mark}`);
}

/** Returns one block as MDX; a paragraph's lines lose their indentation so none reads as code. */
export function blockToMdx(block: ArticleBlock): string {
  if (block.kind === 'embed') return block.text;
  if (block.kind === 'heading')
    return `${'#'.repeat(block.level ?? 2)} ${escapeMdx(block.text.trim())}`;
  if (block.kind === 'list') return escapeMdx(block.text);
  return escapeMdx(
    block.text
      .split('\n')
      .map((l) => l.trim())
      .join('\n'),
  );
}

/** Returns the frontmatter as YAML, keys in schema order, absent fields left out. */
export function frontmatterToYaml(fm: ArticleFrontmatter): string {
  const ordered: Record<string, unknown> = { title: fm.title };
  if (fm.date) ordered.date = fm.date;
  ordered.tags = fm.tags;
  if (fm.author) ordered.author = fm.author;
  if (fm.excerpt) ordered.excerpt = fm.excerpt;
  ordered.source = fm.source;
  if (fm.publisher) ordered.publisher = fm.publisher;
  // YAML 1.1 rules quote "2026-02-14", so no loader turns the date into a Date in another zone.
  return stringify(ordered, { version: '1.1', lineWidth: 0 });
}

/** Returns the whole MDX file: frontmatter, then the blocks separated by blank lines, ending in a newline. */
export function renderMdx(fm: ArticleFrontmatter, blocks: ArticleBlock[]): string {
  const body = blocks.map(blockToMdx).join('\n\n');
  return `---\n${frontmatterToYaml(fm)}---\n\n${body}\n`;
}
