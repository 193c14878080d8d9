import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import satori from 'satori';

/*
 * The rasterising steps, shared by the build's image worker and by in-process rendering (dev
 * server, tests). The worker runs under Node's own TypeScript support, which needs explicit
 * .ts extensions and no imports but node: modules, satori and resvg: keep this file that way.
 */

/** A font satori can set text in. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** Returns the card fonts (regular, bold Noto Sans JP) read from their files. */
export function readCardFonts(files: readonly string[]): CardFont[] {
  const [regular, bold] = files;
  if (!regular || !bold) throw new Error('readCardFonts: needs the regular and the bold file');
  return [
    { name: 'Noto Sans JP', data: readFileSync(regular), weight: 400, style: 'normal' },
    { name: 'Noto Sans JP', data: readFileSync(bold), weight: 700, style: 'normal' },
  ];
}

/** Returns a card tree (see card.ts) drawn `size` large as a PNG; text becomes glyph paths. */
export async function rasterCard(
  tree: unknown,
  size: { width: number; height: number },
  fonts: CardFont[],
): Promise<Buffer> {
  // satori types its input as a React element; a card tree is the plain object form of one.
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...size, fonts });
  // The SVG holds no text, only glyph paths: loading the machine's fonts would be wasted time.
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: size.width },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
}

/**
 * Returns one chart SVG drawn `width` pixels wide on `background` as a PNG, its text set in
 * `fontFiles` (Noto Sans JP, or a subset of it that holds the chart's characters).
 */
export function rasterChart(
  svg: string,
  width: number,
  background: string,
  fontFiles: readonly string[],
): Buffer {
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background,
    font: {
      fontFiles: [...fontFiles],
      loadSystemFonts: false,
      defaultFontFamily: 'Noto Sans JP',
      sansSerifFamily: 'Noto Sans JP',
    },
  })
    .render()
    .asPng();
}
