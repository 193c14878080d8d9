import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { CARD_SIZE, cardTree, type CardContent } from './card';
import { subsetFont } from './font-subset';
import { rasterCard, rasterChart, readCardFonts, type CardFont } from './raster';

const require = createRequire(import.meta.url);

/** The font files share cards are set in: Noto Sans JP, shipped as TTF through npm. */
export const CARD_FONTS = {
  regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
} as const;

/** Returns the resolved paths of the card fonts (regular, bold), for renderers that take files. */
export function cardFontFiles(): string[] {
  return [require.resolve(CARD_FONTS.regular), require.resolve(CARD_FONTS.bold)];
}

/** The background chart PNGs are drawn on: the light palette's paper. */
export const CHART_BACKGROUND = '#fdfcf9';

/**
 * Returns the folder the cut-down fonts are kept in: the cache folder of the node_modules that
 * holds the fonts, so each checkout (and each user) has its own, and no other user's files in a
 * shared temporary folder are ever read or in the way. A fonts folder outside any node_modules
 * falls back to a folder of this process's own user under the system's temporary folder.
 */
export function fontCacheDir(): string {
  const font = require.resolve(CARD_FONTS.regular);
  const at = font.lastIndexOf(`${sep}node_modules${sep}`);
  if (at >= 0) return join(font.slice(0, at), 'node_modules', '.cache', 'atlas-fonts');
  return join(tmpdir(), `atlas-fonts-${process.getuid?.() ?? 'user'}`);
}

/**
 * Returns the paths of the card fonts cut down to the characters of `text` (font-subset.ts),
 * written once into `dir` under a name derived from the fonts and the characters. resvg reads
 * its font files again for every text element, so charts are drawn with these small copies.
 */
export function chartFontFiles(text: string, dir = fontCacheDir()): string[] {
  const chars = [...new Set(text)].sort().join('');
  return cardFontFiles().map((file) => {
    const key = createHash('sha256').update(file).update('\0').update(chars).digest('hex');
    const out = join(dir, `${key.slice(0, 32)}.ttf`);
    if (!existsSync(out)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${out}.tmp`, subsetFont(readFileSync(file), chars));
      renameSync(`${out}.tmp`, out);
    }
    return out;
  });
}

let fonts: CardFont[] | undefined;

/**
 * Returns the share card for `content` as a PNG (1200×630), rendered in this thread. Satori
 * turns every glyph into a path, so the PNG does not depend on the fonts of the machine.
 */
export async function renderCard(content: CardContent): Promise<Buffer> {
  fonts ??= readCardFonts(cardFontFiles());
  return rasterCard(cardTree(content), CARD_SIZE, fonts);
}

/**
 * Returns an SVG drawn elsewhere (a chart) as a PNG `width` pixels wide on `background`, with
 * Noto Sans JP loaded so Japanese labels render on any machine.
 */
export function svgToPng(svg: string, width: number, background = CHART_BACKGROUND): Buffer {
  return rasterChart(svg, width, background, chartFontFiles(svg));
}

/** Renders share cards and chart PNGs: in this thread, or on the build's worker pool. */
export interface ImageRenderer {
  /** Returns the share card for `content` as a PNG (`background`: as for charts). */
  card(content: CardContent, background?: boolean): Promise<Buffer>;
  /**
   * Returns each chart SVG drawn `width` pixels wide on the chart background, as PNGs in order;
   * `background` work yields to any other image asked for (a renderer may draw it at once).
   */
  charts(svgs: readonly string[], width: number, background?: boolean): Promise<Buffer[]>;
}

/** The renderer that works in this thread, used when no build pool is installed. */
export const inlineRenderer: ImageRenderer = {
  card: (content) => renderCard(content),
  charts: async (svgs, width) => {
    const files = chartFontFiles(svgs.join(''));
    return svgs.map((svg) => rasterChart(svg, width, CHART_BACKGROUND, files));
  },
};

// A global, not a module variable: the pages are bundled apart from the integrations, so the
// two sides hold different copies of this module and meet only on globalThis.
const KEY = Symbol.for('ai-capital-atlas.image-renderer');
type Holder = { [KEY]?: ImageRenderer | undefined };

/** Makes `renderer` the one imageRenderer() returns in this process (undefined removes it). */
export function installRenderer(renderer: ImageRenderer | undefined): void {
  (globalThis as Holder)[KEY] = renderer;
}

/** Returns the installed renderer (the build's worker pool), or undefined outside a build. */
export function installedRenderer(): ImageRenderer | undefined {
  return (globalThis as Holder)[KEY];
}

/** Returns the installed renderer, else the in-thread one. */
export function imageRenderer(): ImageRenderer {
  return installedRenderer() ?? inlineRenderer;
}
