import { shareCard } from '../../adapter/share-card';

/** The site's own share card, for pages without one of their own. */
export const { GET } = shareCard(
  () => ({
    kind: 'データジャーナリズム',
    title: 'AIをめぐるお金の地図',
    note: '資金調達・評価額・設備投資・取引・市場規模を、出典の一文までたどれる数字で。',
  }),
  () => '',
);
