import { loadData } from '../../../../adapter/data';
import { shareCard } from '../../../../adapter/share-card';
import { labelOf } from '../../../../lib/dataset/labels';
import { companyCards } from '../../../../lib/share-image/company-cards';

/**
 * One share card per company kind, for the company pages without a card of their own
 * (lib/share-image/company-cards.ts): 企業 · the kind, and how many companies the site lists.
 */
const card = shareCard<{ kind: string; label: string; count: number }>(
  (p) => ({ kind: '企業', title: p.label, note: `${p.count}社の資金の数字と記事` }),
  () => 'companies/',
);

export async function getStaticPaths() {
  const data = await loadData();
  return card.paths(
    companyCards(data).kinds.map((kind) => ({
      params: { kind },
      props: {
        kind,
        label: labelOf(kind),
        count: data.companies.filter((c) => c.kind === kind).length,
      },
    })),
  );
}

export const { GET } = card;
