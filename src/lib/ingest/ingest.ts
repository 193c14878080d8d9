import { dedupeBlocks } from '../dedupe/dedupe';
import type { DedupeStats } from '../dedupe/types';
import { parseBlocks } from './blocks';
import { removeBoilerplate, type RemovedBlock } from './boilerplate';
import { stripControls } from './controls';
import { insertEmbeds } from './embeds';
import { ingestError } from './errors';
import { makeExcerpt } from './excerpt';
import { splitFrontmatter } from './frontmatter';
import { detectHeadings, shiftHeadingLevels } from './headings';
import { scanInline } from './inline';
import type { ManifestEntry } from './manifest';
import { renderMdx, type ArticleFrontmatter } from './mdx';
import { takeTitle } from './title';
import { checkEmbeds, verifyArticle } from './verify';

/** One source to ingest: its file name, decoded text and manifest entry (if any). */
export interface IngestInput {
  file: string;
  /** How errors name the source (a path); defaults to `file`. */
  path?: string;
  text: string;
  entry?: ManifestEntry | undefined;
}

/** An image or a link to something other than http(s), published as its text. */
export interface Unlinked {
  kind: 'image' | 'link';
  /** File line number of the block it is in. */
  line: number;
  destination: string;
}

/** A finished article and what was done to the source to make it. */
export interface IngestResult {
  mdx: string;
  frontmatter: ArticleFrontmatter;
  /** Boilerplate runs removed, in source order. */
  removed: RemovedBlock[];
  stats: DedupeStats;
  /** Images and non-http(s) links of the article, in order, written as text. */
  unlinked: Unlinked[];
  /** Control and bidi-control characters removed from the source. */
  controlsRemoved: number;
  /** Characters (code points) of the source and of the MDX file. */
  charsIn: number;
  charsOut: number;
}

/** Returns the number of code points of a text (as Array.from(text).length), without building the array. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Returns the images and non-http(s) links of the blocks with the file line each is on. */
function unlinkedOf(blocks: { text: string; line?: number }[]): Unlinked[] {
  const out: Unlinked[] = [];
  for (const block of blocks) {
    for (const t of scanInline(block.text)) {
      if (t.kind !== 'image' && t.kind !== 'unlinked') continue;
      const line = (block.line ?? 0) + (block.text.slice(0, t.at).match(/\n/g)?.length ?? 0);
      out.push({ kind: t.kind === 'image' ? 'image' : 'link', line, destination: t.destination });
    }
  }
  return out;
}

/**
 * Returns the MDX article for one source: frontmatter from the source and manifest, control
 * characters and boilerplate removed, headings recognised, sections and paragraphs
 * de-duplicated, embeds placed, and the result checked to parse as text and charts only
 * (verify.ts). Pure and deterministic; throws IngestError when the source has no title, an
 * embed is not a chart or its anchor is missing.
 */
export function ingestSource({ file, path = file, text: raw, entry }: IngestInput): IngestResult {
  const { text, removed: controlsRemoved } = stripControls(raw);
  const embeds = entry?.embeds ?? [];
  const badEmbed = checkEmbeds(
    embeds.map((e) => e.mdx),
    path,
  );
  if (badEmbed) throw badEmbed;
  const split = splitFrontmatter(text, path);
  const cleaned = removeBoilerplate(parseBlocks(split.body, split.bodyLine));
  const titled = takeTitle(cleaned.blocks, split.meta.title);
  if (!titled.title) throw ingestError('no-title', path);
  const structured = shiftHeadingLevels(detectHeadings(titled.blocks));
  const { blocks, stats } = dedupeBlocks(structured);
  const lead = blocks.find((b) => b.kind === 'paragraph');
  const excerpt = split.meta.excerpt ?? (lead ? makeExcerpt(lead.text) : undefined);
  const frontmatter: ArticleFrontmatter = {
    title: titled.title,
    ...(split.meta.date ? { date: split.meta.date } : {}),
    tags: split.meta.tags,
    ...(split.meta.author ? { author: split.meta.author } : {}),
    ...(excerpt ? { excerpt } : {}),
    source: file,
    ...(entry?.publisher ? { publisher: entry.publisher } : {}),
  };
  const article = insertEmbeds(
    blocks.map(({ kind, text: t, level }) =>
      kind === 'heading' ? { kind, text: t, level } : { kind, text: t },
    ),
    embeds,
    path,
  );
  const mdx = renderMdx(frontmatter, article);
  verifyArticle(
    mdx,
    embeds.map((e) => e.mdx),
    path,
  );
  const removed = [...cleaned.removed, ...titled.removed].sort((a, b) => a.line - b.line);
  return {
    mdx,
    frontmatter,
    removed,
    stats,
    unlinked: unlinkedOf(blocks),
    controlsRemoved,
    charsIn: codePoints(raw),
    charsOut: codePoints(mdx),
  };
}
