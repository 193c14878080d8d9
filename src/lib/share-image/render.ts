import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { CARD_SIZE, cardTree, type CardContent } from './card';

const require = createRequire(import.meta.url);

/** The font files share cards are set in: Noto Sans JP, shipped as TTF through npm. */
export const CARD_FONTS = {
  regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
} as const;

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** Returns the resolved paths of the card fonts, for renderers that take files. */
export function cardFontFiles(): string[] {
  return [require.resolve(CARD_FONTS.regular), require.resolve(CARD_FONTS.bold)];
}

function loadFonts() {
  fonts ??= [
    {
      name: 'Noto Sans JP',
      data: readFileSync(require.resolve(CARD_FONTS.regular)),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'Noto Sans JP',
      data: readFileSync(require.resolve(CARD_FONTS.bold)),
      weight: 700,
      style: 'normal',
    },
  ];
  return fonts;
}

/**
 * Returns the share card for `content` as a PNG (1200×630). Satori turns every glyph into a
 * path, so the PNG does not depend on the fonts of the machine that builds it.
 */
export async function renderCard(content: CardContent): Promise<Buffer> {
  // satori types its input as a React element; a card tree is the plain object form of one.
  const tree = cardTree(content) as unknown as Parameters<typeof satori>[0];
  const svg = await satori(tree, { ...CARD_SIZE, fonts: loadFonts() });
  // The SVG holds no text, only glyph paths: loading the machine's fonts would be wasted time.
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_SIZE.width },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
}

/**
 * Returns an SVG drawn elsewhere (a chart) as a PNG `width` pixels wide on `background`, with
 * Noto Sans JP loaded so Japanese labels render on any machine.
 */
export function svgToPng(svg: string, width: number, background = '#fdfcf9'): Buffer {
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background,
    font: {
      fontFiles: cardFontFiles(),
      loadSystemFonts: false,
      defaultFontFamily: 'Noto Sans JP',
      sansSerifFamily: 'Noto Sans JP',
    },
  })
    .render()
    .asPng();
}
