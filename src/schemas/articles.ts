import { z } from 'zod';
import { PartialDateSchema } from './common';

/** Frontmatter of content/articles/<slug>.mdx, as written by the ingest CLI. */
export const ArticleSchema = z.strictObject({
  title: z.string().min(1),
  /** Publication date; absent when the source gives none (shown as 日付不明). */
  date: PartialDateSchema.optional(),
  tags: z.array(z.string()).default([]),
  author: z.string().optional(),
  excerpt: z.string().optional(),
  /** File name of the raw source in content/sources/. */
  source: z.string().min(1),
  /** Original publisher, where known. */
  publisher: z.string().optional(),
});

export type Article = z.output<typeof ArticleSchema>;
