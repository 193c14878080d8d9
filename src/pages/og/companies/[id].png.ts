import { loadData } from '../../../adapter/data';
import { shareCard } from '../../../adapter/share-card';
import { labelOf } from '../../../lib/dataset/labels';
import { companyCards, companyKeyFigure } from '../../../lib/share-image/company-cards';
import type { KeyFigure } from '../../../lib/share-image/figures';

/**
 * A share card for each of the companies with the most records (lib/share-image/company-cards.ts):
 * its name, kind and its largest reported figure. The others use their kind's card.
 */
const card = shareCard<{ id: string; name: string; kind: string; figure?: KeyFigure }>(
  (p) => ({ kind: '企業', title: p.name, note: p.kind, figure: p.figure }),
  (p) => `companies/${p.id}/`,
);

export async function getStaticPaths() {
  const data = await loadData();
  const own = new Set(companyCards(data).own);
  return card.paths(
    data.companies
      .filter((c) => own.has(c.id))
      .map((c) => ({
        params: { id: c.id },
        props: {
          id: c.id,
          name: c.name_ja ?? c.name,
          kind: labelOf(c.kind),
          figure: companyKeyFigure(data, c.id),
        },
      })),
  );
}

export const { GET } = card;
