import { loadData } from '../../../adapter/data';
import { shareCardRoute } from '../../../adapter/share-card';
import { labelOf } from '../../../lib/dataset/labels';
import { companyFigure, type KeyFigure } from '../../../lib/share-image/figures';

/** One share card per company: its name, kind and its largest reported figure. */
export async function getStaticPaths() {
  const data = await loadData();
  return data.companies.map((c) => ({
    params: { id: c.id },
    props: {
      id: c.id,
      name: c.name_ja ?? c.name,
      kind: labelOf(c.kind),
      figure: companyFigure({
        rounds: data.fundingRounds.filter((r) => r.company === c.id && !r.cumulative),
        revenues: data.revenues.filter((r) => r.company === c.id),
        deals: data.deals.filter((d) => [d.from].flat().includes(c.id) || d.to === c.id),
      }),
    },
  }));
}

export const GET = shareCardRoute<{ id: string; name: string; kind: string; figure?: KeyFigure }>(
  (p) => ({ kind: '企業', title: p.name, note: p.kind, figure: p.figure }),
  (p) => `companies/${p.id}/`,
);
