import { stringify } from 'yaml';
import type { Block } from '../dedupe/types';
import { scanInline } from './inline';
import { writeDestination } from './urls';

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

// Characters MDX reads as code, markup or references: each is written with a backslash.
const SIGNIFICANT = /[\\{}<>[\]&`]/g;
// Line starts markdown reads as a heading or a setext underline.
const BLOCK_MARK = /^([ \t]*)(#|=+[ \t]*$|-+[ \t]*$)/gm;
// Line starts MDX reads as module code; the first letter becomes a character reference.
const MODULE_WORD = /^([ \t]*)([ie])(?=mport|xport)/gm;

const escapeChars = (text: string) => text.replace(SIGNIFICANT, (c) => `\\${c}`);

function escapeLineStarts(mdx: string): string {
  return mdx
    .replace(BLOCK_MARK, (_, space: string, mark: string) => `${space}\\${mark}`)
    .replace(
      MODULE_WORD,
      (_, space: string, c: string) => `${space}&#x${c.charCodeAt(0).toString(16)};`,
    );
}

/**
 * Returns plain text written so that MDX reads it back as the same text: `\ { } < > [ ] & @`
 * and backquotes escaped with a backslash, line-start `#` and setext underlines escaped, and a
 * line-start `import`/`export` begun with a character reference. Emphasis marks are kept.
 */
export function escapeText(text: string): string {
  return escapeLineStarts(escapeChars(text));
}

/** Returns a link label or image alt as escaped text, any links or images inside it reduced to their text. */
function labelText(label: string): string {
  const plain = scanInline(label).map((t) =>
    t.kind === 'text' ? t.text : t.kind === 'image' ? t.alt : t.label,
  );
  return escapeChars(plain.join(''));
}

/**
 * Returns a source block's text as MDX that parses to text, emphasis and http(s) links only:
 * links to http(s) are kept, images and any other link become their text (see inline.ts), and
 * everything else is escaped as escapeText does.
 */
export function escapeMdx(text: string): string {
  const parts = scanInline(text).map((t) => {
    if (t.kind === 'text') return escapeChars(t.text);
    if (t.kind === 'link') return `[${labelText(t.label)}](${writeDestination(t.url)})`;
    return labelText(t.kind === 'image' ? t.alt : t.label);
  });
  return escapeLineStarts(parts.join(''));
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
