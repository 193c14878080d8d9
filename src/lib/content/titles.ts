import { getCollection } from 'astro:content';

/** Returns article slug -> title for every article. */
export async function articleTitles(): Promise<Map<string, string>> {
  return new Map((await getCollection('articles')).map((a) => [a.id, a.data.title]));
}
