import { articleTexts, getArticlesNewestFirst } from './articles';
import { loadData } from './data';
import { mentionIndex } from '../lib/data/mention-index';

/** An article as the navigation, feeds and search see it: frontmatter plus mentioned companies. */
export interface IndexedArticle {
  slug: string;
  title: string;
  date?: string | undefined;
  tags: string[];
  excerpt?: string | undefined;
  author?: string | undefined;
  publisher?: string | undefined;
  /** Ids of the companies the body names, in company-id order. */
  companies: string[];
}

let cached: Promise<IndexedArticle[]> | undefined;

/** Returns every article newest first (undated last) with its mentioned companies; once per build. */
export function articleIndex(): Promise<IndexedArticle[]> {
  if (import.meta.env.DEV) cached = undefined;
  cached ??= (async () => {
    const [articles, data, texts] = await Promise.all([
      getArticlesNewestFirst(),
      loadData(),
      articleTexts(),
    ]);
    // One scan per article for every company name, not one per (article, company) pair.
    const mentioned = mentionIndex(texts, data.companies).byArticle;
    return articles.map((a) => ({
      slug: a.id,
      title: a.data.title,
      date: a.data.date,
      tags: a.data.tags,
      excerpt: a.data.excerpt,
      author: a.data.author,
      publisher: a.data.publisher,
      companies: mentioned.get(a.id) ?? [],
    }));
  })();
  return cached;
}
