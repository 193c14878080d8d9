import { getArticles } from './articles';

let cached: Promise<Map<string, string>> | undefined;

/** Returns the one article slug -> title map, built once per build. */
export function articleTitles(): Promise<Map<string, string>> {
  if (import.meta.env.DEV) cached = undefined;
  cached ??= getArticles().then((all) => new Map(all.map((a) => [a.id, a.data.title])));
  return cached;
}
