import type { SourceBlock } from './blocks';
import { isChapter, isHeadingLine, isPlainHeading, isProse } from './headings';

/** The kinds of non-article furniture the ingest removes (docs/ingest.md describes each). */
export type BoilerplateKind =
  | 'separator'
  | 'skip-link'
  | 'copy-widget'
  | 'affiliate-disclaimer'
  | 'attribute'
  | 'related-articles'
  | 'cta'
  | 'affiliate-books'
  | 'contact-footer'
  | 'reference-links'
  | 'title-repeat'
  | 'stray-label';

/** A rule: whether a block starts a boilerplate run, and how many blocks (from there) the run has. */
export interface Rule {
  kind: BoilerplateKind;
  starts: (text: string, block: SourceBlock) => boolean;
  /** Blocks in the run, counting the first; 0 keeps them all. Defaults to 1. */
  extent?: (blocks: SourceBlock[], i: number) => number;
}

const LINK_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\[[^\]]+\]\([^)]+\)(?:\*\*|__)?\s*$/;
const URL = /https?:\/\/|\]\(/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;

const isLabel = (b: SourceBlock | undefined) => b?.kind === 'heading' || isHeadingLine(b);
const linkOnly = (b: SourceBlock | undefined) =>
  !!b && b.kind !== 'heading' && b.text.split('\n').every((l) => LINK_LINE.test(l));
const attribute = (b: SourceBlock | undefined) => !!b && /^\{:.*\}$/.test(b.text.trim());

/** Counts blocks from i+1 on while `keep` holds, plus the block at i. */
function run(blocks: SourceBlock[], i: number, keep: (b: SourceBlock, j: number) => boolean) {
  let j = i + 1;
  while (j < blocks.length && keep(blocks[j]!, j)) j++;
  return j - i;
}

/** A book entry: a link, a "buy" line, or short lines that are not sentences (title, blurb). */
function bookEntry(b: SourceBlock): boolean {
  if (b.kind !== 'paragraph' || /^[*_\s]*※/.test(b.text)) return false;
  if (linkOnly(b) || /^Amazonで詳しく見る/.test(b.text)) return true;
  const lines = b.text.replace(/\]\([^)]*\)/g, ']').split('\n');
  return lines.every((l) => Array.from(l).length < 80 && !/[。！？]$/.test(l.trim()));
}

/** Reference-link junk: titles and cut-off descriptions of links whose URLs were lost. */
function linkTitle(blocks: SourceBlock[], j: number): boolean {
  const b = blocks[j]!;
  return b.kind === 'paragraph' && !isProse(b) && !isChapter(b.text) && !isPlainHeading(blocks, j);
}

/** The boilerplate rules, tried in this order at each block. */
export const RULES: Rule[] = [
  { kind: 'separator', starts: (t) => /^(?:-{3,}|\*{3,}|_{3,}|-{3}END-{3})$/.test(t) },
  {
    kind: 'skip-link',
    starts: (t) =>
      /^(?:メインコンテンツへスキップ|本文へスキップ|コンテンツへスキップ|skip to (?:main )?content)$/i.test(
        t,
      ),
  },
  {
    kind: 'copy-widget',
    starts: (t) => /^(?:タイトルとURLをコピーしました|URLをコピーしました)$/.test(t),
  },
  {
    kind: 'affiliate-disclaimer',
    starts: (t) =>
      /^[*_\s]*※.*(?:アフィリエイト|アソシエイト)/.test(t) ||
      /^[*_\s]*this (?:page|post) contains affiliate links/i.test(t),
  },
  { kind: 'attribute', starts: (t) => /^\{:.*\}$/.test(t) },
  {
    kind: 'related-articles',
    starts: (t, b) =>
      isLabel(b) &&
      /^(?:あわせて読みたい|合わせて読みたい|関連記事|related (?:posts|articles))$/i.test(t),
    extent: (blocks, i) => run(blocks, i, (b) => linkOnly(b)),
  },
  {
    kind: 'cta',
    starts: (t, b) =>
      isLabel(b) && /(?:配信中|発信中|ニュースレター|メルマガ|newsletter)$/i.test(t),
    extent: (blocks, i) => {
      const next = blocks[i + 1];
      const blurb =
        isProse(next) && next?.kind === 'paragraph' && Array.from(next.text).length < 120;
      const from = blurb ? i + 1 : i;
      return from - i + run(blocks, from, (b) => linkOnly(b) || attribute(b));
    },
  },
  {
    kind: 'affiliate-books',
    starts: (t, b) => isLabel(b) && /(?:おすすめ書籍|おすすめの本|関連書籍)$/.test(t),
    extent: (blocks, i) => run(blocks, i, bookEntry),
  },
  {
    kind: 'contact-footer',
    starts: (t) => /^〆.+〆$/.test(t),
    extent: (blocks, i) => {
      const window = blocks.slice(i + 1, i + 9);
      const back = window.findIndex((b) => /に戻る$/.test(b.text.trim()));
      const mail = window.findIndex((b) => EMAIL.test(b.text));
      return 1 + Math.max(back, mail) + 1;
    },
  },
  {
    kind: 'reference-links',
    starts: (t, b) =>
      b.kind === 'paragraph' &&
      /^(?:参考リンク|参考資料|参考文献|参考|出典|references?|sources?)\s*[:：]?$/i.test(t),
    extent: (blocks, i) => {
      const n = run(blocks, i, (_, j) => linkTitle(blocks, j));
      // Links that still carry URLs, in the run or right after it, are real references: keep them.
      const linked = blocks
        .slice(i, i + n + 1)
        .some((b) => b.kind !== 'heading' && URL.test(b.text));
      return linked ? 0 : n;
    },
  },
];
