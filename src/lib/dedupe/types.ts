/** A block of an article as the de-duplicator sees it. */
export interface Block {
  /** A heading starts a section; a paragraph is prose; a list is compared item by item. */
  kind: 'heading' | 'paragraph' | 'list';
  /** The block's markdown text (for a heading, without the # marks). */
  text: string;
  /** Heading level, 1-6; only for headings. */
  level?: number;
}

/** What de-duplication did, for the ingest report. */
export interface DedupeStats {
  /** Headings in the input. */
  sectionsFound: number;
  /** Headings in the output. */
  sectionsKept: number;
  /** Later copies of a section folded into its first appearance. */
  sectionsMerged: number;
  /** Paragraphs and lists dropped because an earlier one already holds all their sentences. */
  paragraphsDropped: number;
  /** Paragraphs and lists whose extra sentences were merged into an earlier copy. */
  paragraphsMerged: number;
  /** Sentences or list items that only a later copy had, added to the earlier copy. */
  sentencesAdded: number;
}

/** De-duplicated blocks and what was done to get them. */
export interface DedupeResult<B extends Block = Block> {
  blocks: B[];
  stats: DedupeStats;
}
