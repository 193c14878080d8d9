import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNewestFirst } from '../site/dates';

/** Every article, newest first; undated articles last. */
export async function getArticlesNewestFirst(): Promise<CollectionEntry<'articles'>[]> {
  const entries = await getCollection('articles');
  return entries.sort((a, b) =>
    compareNewestFirst(
      { date: a.data.date, title: a.data.title },
      { date: b.data.date, title: b.data.title },
    ),
  );
}
