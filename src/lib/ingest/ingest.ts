import { dedupeBlocks } from '../dedupe/dedupe';
import type { DedupeStats } from '../dedupe/types';
import { parseBlocks } from './blocks';
import { removeBoilerplate, type RemovedBlock } from './boilerplate';
import { insertEmbeds } from './embeds';
import { ingestError } from './errors';
import { makeExcerpt } from './excerpt';
import { splitFrontmatter } from './frontmatter';
import { detectHeadings, shiftHeadingLevels } from './headings';
import type { ManifestEntry } from './manifest';
import { renderMdx, type ArticleFrontmatter } from './mdx';
import { takeTitle } from './title';

/** One source to ingest: its file name, decoded text and manifest entry (if any). */
export interface IngestInput {
  file: string;
  /** How errors name the source (a path); defaults to `file`. */
  path?: string;
  text: string;
  entry?: ManifestEntry | undefined;
}

/** A finished article and what was done to the source to make it. */
export interface IngestResult {
  mdx: string;
  frontmatter: ArticleFrontmatter;
  /** Boilerplate runs removed, in source order. */
  removed: RemovedBlock[];
  stats: DedupeStats;
  /** Characters (code points) of the source and of the MDX file. */
  charsIn: number;
  charsOut: number;
}

/**
 * Returns the MDX article for one source: frontmatter from the source and manifest, boilerplate
 * removed, headings recognised, sections and paragraphs de-duplicated, embeds placed. Pure and
 * deterministic; throws IngestError when the source has no title or an embed anchor is missing.
 */
export function ingestSource({ file, path = file, text, entry }: IngestInput): IngestResult {
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
    entry?.embeds ?? [],
    path,
  );
  const mdx = renderMdx(frontmatter, article);
  const removed = [...cleaned.removed, ...titled.removed].sort((a, b) => a.line - b.line);
  return {
    mdx,
    frontmatter,
    removed,
    stats,
    charsIn: Array.from(text).length,
    charsOut: Array.from(mdx).length,
  };
}
