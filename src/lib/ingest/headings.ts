import type { SourceBlock } from './blocks';

/** A plain-text heading is a single line shorter than this many characters. */
export const MAX_HEADING_LENGTH = 60;

const SENTENCE_END = /[。．！？!?.、,:：]$/;
const CHAPTER = /^第[0-9０-９一二三四五六七八九十百]+章(?:\s|$)/;
// Closing and opening sections sit beside the chapters, not under the last one.
const TOP_LEVEL_WORDS = /^(?:はじめに|まえがき|序章|まとめ|おわりに|結び|結論|あとがき)$/;
const LIST_OR_LINK = /^(?:[-*+・]|\d+[.)])\s|\]\(|https?:\/\//;

/** Returns true for a chapter line such as "第1章 AI投資マネーは…". */
export function isChapter(text: string): boolean {
  return CHAPTER.test(text.trim());
}

/** Returns true when a block reads as prose: a list, or a paragraph ending like a sentence (not in "..."). */
export function isProse(block: SourceBlock | undefined): boolean {
  if (!block || block.kind !== 'paragraph') return block?.kind === 'list';
  const text = block.text.trim();
  return /[。！？!?」』]$/.test(text) || (/[^.]\.$/.test(text) && !text.endsWith('...'));
}

/**
 * Returns true for a block that could be a plain-text heading: one short line, no
 * sentence-final punctuation or trailing colon (a label), not a list item and not a link.
 */
export function isHeadingLine(block: SourceBlock | undefined): boolean {
  if (!block || block.kind !== 'paragraph') return false;
  const text = block.text.trim();
  return (
    !text.includes('\n') &&
    text.length > 0 &&
    // Code points, counted only when the length in code units leaves it open.
    text.length < MAX_HEADING_LENGTH * 2 &&
    (text.length < MAX_HEADING_LENGTH || Array.from(text).length < MAX_HEADING_LENGTH) &&
    !SENTENCE_END.test(text) &&
    !text.endsWith('…') &&
    !LIST_OR_LINK.test(text)
  );
}

/** Returns true when blocks[i] is a plain-text heading: a heading line followed by prose, or a chapter line. */
export function isPlainHeading(blocks: SourceBlock[], i: number): boolean {
  const block = blocks[i];
  if (!isHeadingLine(block)) return false;
  if (isChapter(block!.text)) return true;
  const next = blocks[i + 1];
  return isProse(next) && !isHeadingLine(next);
}

/**
 * Returns the blocks with plain-text headings marked: in a text with chapter lines, chapters
 * are level 2 and the headings under them level 3; otherwise every heading is level 2.
 * Sources that already use # headings are returned unchanged.
 */
export function detectHeadings(blocks: SourceBlock[]): SourceBlock[] {
  if (blocks.some((b) => b.marked)) return blocks;
  const marks = blocks.map((_, i) => isPlainHeading(blocks, i));
  const chaptered = blocks.some((b, i) => marks[i] && isChapter(b.text));
  return blocks.map((b, i) => {
    if (!marks[i]) return b;
    const text = b.text.trim();
    const top = !chaptered || isChapter(text) || TOP_LEVEL_WORDS.test(text);
    return { ...b, kind: 'heading', text, level: top ? 2 : 3 };
  });
}

/** Returns the blocks with heading levels shifted so the highest heading is level 2 (the title is the h1). */
export function shiftHeadingLevels(blocks: SourceBlock[]): SourceBlock[] {
  const levels = blocks.filter((b) => b.kind === 'heading').map((b) => b.level ?? 2);
  if (levels.length === 0) return blocks;
  const shift = 2 - Math.min(...levels);
  return blocks.map((b) =>
    b.kind === 'heading' ? { ...b, level: Math.min(6, Math.max(2, (b.level ?? 2) + shift)) } : b,
  );
}
