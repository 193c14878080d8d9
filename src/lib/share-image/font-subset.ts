/*
 * resvg reads a font file again for every <text> element it lays out, so with the 5 MB Noto
 * Sans JP files a chart with 40 labels spends ~200 ms copying font data. A chart needs a few
 * hundred of the font's 17,000 glyphs, so charts are drawn with a copy of each font that keeps
 * only those outlines: every glyph keeps its id and metrics (cmap, hmtx, GSUB, GPOS are copied
 * unchanged), and only the glyphs of kana, kanji, full-width and other CJK characters the text
 * does not use become empty. Glyphs of other characters (Latin, ligatures such as ﬁ that GSUB
 * substitutes for "fi") and glyphs no character maps to (alternates) are all kept, so text
 * draws exactly as with the whole font. The TrueType reading and writing here serve only this
 * cut, so they stay in one file (longer than most).
 */

interface Table {
  tag: string;
  data: Buffer;
}

function readTables(font: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const at = 12 + 16 * i;
    const offset = font.readUInt32BE(at + 8);
    tables.set(
      font.toString('latin1', at, at + 4),
      font.subarray(offset, offset + font.readUInt32BE(at + 12)),
    );
  }
  return tables;
}

/** Returns code point → glyph id from the font's Unicode cmap (format 12, else format 4). */
export function cmapOf(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + 8 * i),
    encoding: cmap.readUInt16BE(6 + 8 * i),
    offset: cmap.readUInt32BE(8 + 8 * i),
  }));
  const pick = (p: number, e: number) =>
    subtables.find((s) => s.platform === p && s.encoding === e)?.offset;
  const full = pick(3, 10) ?? pick(0, 4);
  if (full !== undefined && cmap.readUInt16BE(full) === 12) {
    const groups = cmap.readUInt32BE(full + 12);
    for (let g = 0; g < groups; g++) {
      const at = full + 16 + 12 * g;
      const [start, end, glyph] = [
        cmap.readUInt32BE(at),
        cmap.readUInt32BE(at + 4),
        cmap.readUInt32BE(at + 8),
      ];
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
    return map;
  }
  const bmp = pick(3, 1) ?? pick(0, 3);
  if (bmp === undefined || cmap.readUInt16BE(bmp) !== 4) throw new Error('cmapOf: no Unicode cmap');
  const segs = cmap.readUInt16BE(bmp + 6) / 2;
  const ends = bmp + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const ranges = deltas + 2 * segs;
  for (let s = 0; s < segs; s++) {
    const [end, start] = [cmap.readUInt16BE(ends + 2 * s), cmap.readUInt16BE(starts + 2 * s)];
    const delta = cmap.readInt16BE(deltas + 2 * s);
    const range = cmap.readUInt16BE(ranges + 2 * s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      if (!range) map.set(c, (c + delta) & 0xffff);
      else {
        const glyph = cmap.readUInt16BE(ranges + 2 * s + range + 2 * (c - start));
        if (glyph) map.set(c, (glyph + delta) & 0xffff);
      }
    }
  }
  return map;
}

/** Returns whether code point `c` is in one of the big CJK blocks, the bulk of the font. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // radicals, CJK symbols, kana, CJK ideographs
    (c >= 0xac00 && c <= 0xd7ff) || // Hangul syllables
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
    (c >= 0xff00 && c <= 0xffef) || // full-width and half-width forms
    c >= 0x20000 // supplementary ideographs
  );
}

/** Returns the glyph ids a composite glyph is built from (none for a simple glyph). */
function components(glyph: Buffer): number[] {
  if (glyph.length < 10 || glyph.readInt16BE(0) >= 0) return [];
  const ids: number[] = [];
  let at = 10;
  for (let more = true; more;) {
    const flags = glyph.readUInt16BE(at);
    ids.push(glyph.readUInt16BE(at + 2));
    at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    more = (flags & 0x20) !== 0;
  }
  return ids;
}

function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function writeFont(flavor: number, tables: Table[]): Buffer {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const n = sorted.length;
  const log = Math.floor(Math.log2(n));
  const head = Buffer.alloc(12 + 16 * n);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(n, 4);
  head.writeUInt16BE(16 * 2 ** log, 6);
  head.writeUInt16BE(log, 8);
  head.writeUInt16BE(16 * n - 16 * 2 ** log, 10);
  let offset = head.length;
  const bodies: Buffer[] = [];
  for (const [i, t] of sorted.entries()) {
    const data = t.tag === 'head' ? Buffer.from(t.data) : t.data;
    if (t.tag === 'head') data.writeUInt32BE(0, 8); // checkSumAdjustment, set below
    head.write(t.tag, 12 + 16 * i, 'latin1');
    head.writeUInt32BE(checksum(data), 16 + 16 * i);
    head.writeUInt32BE(offset, 20 + 16 * i);
    head.writeUInt32BE(data.length, 24 + 16 * i);
    const pad = Buffer.alloc((4 - (data.length % 4)) % 4);
    bodies.push(data, pad);
    offset += data.length + pad.length;
  }
  const font = Buffer.concat([head, ...bodies]);
  const headAt = head.readUInt32BE(20 + 16 * sorted.findIndex((t) => t.tag === 'head'));
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

/**
 * Returns a copy of the TrueType font `font` that draws the characters of `text` exactly as
 * `font` does (see the file comment) and holds no other mapped outlines.
 */
export function subsetFont(font: Buffer, text: string): Buffer {
  const tables = readTables(font);
  const [head, loca, glyf, maxp, cmap] = ['head', 'loca', 'glyf', 'maxp', 'cmap'].map((t) =>
    tables.get(t),
  );
  if (!head || !loca || !glyf || !maxp || !cmap) throw new Error('subsetFont: not a TrueType font');
  const glyphs = maxp.readUInt16BE(4);
  const long = head.readInt16BE(50) === 1;
  const start = (g: number) => (long ? loca.readUInt32BE(4 * g) : 2 * loca.readUInt16BE(2 * g));
  const mapped = cmapOf(cmap);
  const keep = new Set<number>([0]);
  const droppable = new Set<number>();
  for (const [c, g] of mapped) if (isCjk(c)) droppable.add(g);
  for (const [c, g] of mapped) if (!isCjk(c)) droppable.delete(g);
  for (let g = 0; g < glyphs; g++) if (!droppable.has(g)) keep.add(g);
  for (const ch of new Set(text)) {
    const g = mapped.get(ch.codePointAt(0)!);
    if (g !== undefined) keep.add(g);
  }
  for (const g of keep)
    for (const c of components(glyf.subarray(start(g), start(g + 1)))) keep.add(c);
  const outlines: Buffer[] = [];
  const newLoca = Buffer.alloc(4 * (glyphs + 1));
  let at = 0;
  for (let g = 0; g < glyphs; g++) {
    newLoca.writeUInt32BE(at, 4 * g);
    if (!keep.has(g)) continue;
    const data = glyf.subarray(start(g), start(g + 1));
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    outlines.push(padded);
    at += padded.length;
  }
  newLoca.writeUInt32BE(at, 4 * glyphs);
  const newHead = Buffer.from(head);
  newHead.writeInt16BE(1, 50); // long loca offsets
  const out: Table[] = [...tables]
    .filter(([tag]) => !['head', 'loca', 'glyf', 'DSIG'].includes(tag))
    .map(([tag, data]) => ({ tag, data }));
  out.push(
    { tag: 'head', data: newHead },
    { tag: 'loca', data: newLoca },
    { tag: 'glyf', data: Buffer.concat(outlines) },
  );
  return writeFont(font.readUInt32BE(0), out);
}
