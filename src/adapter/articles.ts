import { getCollection, render, type CollectionEntry } from 'astro:content';
import { compareNewestFirst } from '../lib/site/dates';

/** One article entry of the content layer. */
export type ArticleEntry = CollectionEntry<'articles'>;

let cached: Promise<ArticleEntry[]> | undefined;

/** Returns every article in collection order, loaded once per build. */
export function getArticles(): Promise<ArticleEntry[]> {
  // The dev server keeps modules alive across edits, so only a build may reuse the result.
  if (import.meta.env.DEV) cached = undefined;
  cached ??= getCollection('articles');
  return cached;
}

/** Every article, newest first; undated articles last. */
export async function getArticlesNewestFirst(): Promise<ArticleEntry[]> {
  return [...(await getArticles())].sort((a, b) =>
    compareNewestFirst(
      { date: a.data.date, title: a.data.title },
      { date: b.data.date, title: b.data.title },
    ),
  );
}

/** Renders an article's MDX: `{ Content }` and its headings. */
export const renderArticle = (entry: ArticleEntry) => render(entry);

let texts: Promise<{ id: string; title: string; body: string }[]> | undefined;

/** Returns every article as `{id, title, body}` in collection order, one array per build. */
export function articleTexts(): Promise<{ id: string; title: string; body: string }[]> {
  // One array per build lets per-build indexes (mentionIndex) memoise on it.
  if (import.meta.env.DEV) texts = undefined;
  texts ??= getArticles().then((all) =>
    all.map((a) => ({ id: a.id, title: a.data.title, body: a.body ?? '' })),
  );
  return texts;
}
