/**
 * The share card every page type uses: 1200×630, the page kind and site name on top, the title
 * in up to three lines, the key figure large, and the site's address at the foot. Sizes are
 * chosen to stay legible when a timeline shows the card 600 px wide (title ≥ 26 px there).
 */

/** A satori element: the plain-object form of a JSX element. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

/** What a share card shows. */
export interface CardContent {
  /** Page kind: 記事, 企業, 図表, データ. */
  kind: string;
  title: string;
  /** The key figure as the site writes it (3500億ドル), with what it measures (評価額). */
  figure?: { value: string; label: string } | undefined;
  /** A short line under the title (date, publisher, company kind). */
  note?: string | undefined;
  /** Host and path shown at the foot, e.g. example.org/articles/x/. */
  address: string;
}

/** Card width and height in pixels. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

const INK = '#1c1c1e';
const MUTED = '#55565b';
const ACCENT = '#b3261e';
const PAPER = '#fdfcf9';

const el = (
  type: string,
  style: Record<string, string | number>,
  children: (CardNode | string)[] | string,
): CardNode => ({ type, props: { style, children } });

/** Returns `text` cut to at most `max` characters (code points), ending in … when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Returns the satori tree of a share card; titles longer than the card holds end in …. */
export function cardTree(c: CardContent): CardNode {
  const long = [...c.title].length > 30;
  const title = clip(c.title, c.figure ? 52 : 66);
  const inner = CARD_SIZE.width - 2 * 72;
  // Satori adds padding to a fixed size, so the content box is sized and placed with margins.
  return el(
    'div',
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      display: 'flex',
      backgroundColor: PAPER,
      fontFamily: 'Noto Sans JP',
      color: INK,
    },
    [
      // The top rule is a placed box: a border would add to the height, and an inset shadow
      // becomes an SVG blur filter that quadruples the rasterising time (90 ms against 21 ms).
      el(
        'div',
        {
          position: 'absolute',
          top: 0,
          left: 0,
          width: CARD_SIZE.width,
          height: 16,
          backgroundColor: ACCENT,
        },
        '',
      ),
      el(
        'div',
        {
          width: inner,
          height: CARD_SIZE.height - 64 - 44,
          margin: '64px 72px 44px',
          display: 'flex',
          flexDirection: 'column',
        },
        [
          el('div', { display: 'flex', fontSize: 30, color: MUTED, fontWeight: 700 }, [
            el('span', { color: ACCENT, marginRight: 24 }, c.kind),
            el('span', {}, 'AI資本アトラス'),
          ]),
          el(
            'div',
            { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 },
            [
              el(
                'div',
                { width: inner, fontSize: long ? 52 : 64, fontWeight: 700, lineHeight: 1.35 },
                title,
              ),
              ...(c.note
                ? [el('div', { width: inner, fontSize: 30, color: MUTED, marginTop: 12 }, c.note)]
                : []),
            ],
          ),
          el(
            'div',
            {
              display: 'flex',
              width: inner,
              alignItems: 'flex-end',
              justifyContent: 'space-between',
            },
            [
              c.figure
                ? el('div', { display: 'flex', alignItems: 'flex-end', flexShrink: 0 }, [
                    ...(c.figure.label
                      ? [
                          el(
                            'span',
                            {
                              fontSize: 34,
                              color: MUTED,
                              marginRight: 20,
                              marginBottom: 12,
                              whiteSpace: 'nowrap',
                            },
                            c.figure.label,
                          ),
                        ]
                      : []),
                    el(
                      'span',
                      {
                        // Long figures (最大5000億ドル) get a smaller size so they stay on one line.
                        fontSize: [...c.figure.value].length > 7 ? 68 : 84,
                        fontWeight: 700,
                        color: ACCENT,
                        lineHeight: 1.2,
                        whiteSpace: 'nowrap',
                      },
                      c.figure.value,
                    ),
                  ])
                : el('div', {}, ''),
              el(
                'div',
                { fontSize: 24, color: MUTED, marginLeft: 32, flexShrink: 1, textAlign: 'right' },
                c.address,
              ),
            ],
          ),
        ],
      ),
    ],
  );
}
