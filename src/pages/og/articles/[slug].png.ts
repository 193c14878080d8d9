import { articleIndex, type IndexedArticle } from '../../../adapter/site-index';
import { shareCardRoute } from '../../../adapter/share-card';
import { articleFigure } from '../../../lib/share-image/figures';
import { formatDateJa } from '../../../lib/site/dates';

/** One share card per article: title, the figure of its headline, date and publisher. */
export async function getStaticPaths() {
  return (await articleIndex()).map((article) => ({
    params: { slug: article.slug },
    props: { article },
  }));
}

export const GET = shareCardRoute<{ article: IndexedArticle }>(
  ({ article: a }) => ({
    kind: '記事',
    title: a.title,
    figure: articleFigure(a.title, a.excerpt),
    note: [formatDateJa(a.date), a.publisher].filter(Boolean).join(' ・ '),
  }),
  ({ article }) => `articles/${article.slug}/`,
);
