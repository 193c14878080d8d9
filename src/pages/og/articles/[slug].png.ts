import { articleIndex, type IndexedArticle } from '../../../adapter/site-index';
import { shareCard } from '../../../adapter/share-card';
import { articleFigure } from '../../../lib/share-image/figures';
import { formatDateJa } from '../../../lib/site/dates';

/** One share card per article: title, the figure of its headline, date and publisher. */
const card = shareCard<{ article: IndexedArticle }>(
  ({ article: a }) => ({
    kind: '記事',
    title: a.title,
    figure: articleFigure(a.title, a.excerpt),
    note: [formatDateJa(a.date), a.publisher].filter(Boolean).join(' ・ '),
  }),
  ({ article }) => `articles/${article.slug}/`,
);

export async function getStaticPaths() {
  return card.paths(
    (await articleIndex()).map((article) => ({
      params: { slug: article.slug },
      props: { article },
    })),
  );
}

export const { GET } = card;
