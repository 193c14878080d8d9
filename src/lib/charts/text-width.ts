// Full-width glyphs (kana, kanji, full-width forms) take one em; Latin and digits about 0.6 em.
const WIDE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6]/;

/** Returns the estimated advance width of `text` in user units at `fontSize` user units. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (ch === ' ' || ch === '.' || ch === ',' || ch === ':' || ch === '|') em += 0.3;
    else if (/[A-Z%]/.test(ch)) em += 0.68;
    else em += 0.58;
  }
  return em * fontSize;
}

/**
 * Returns `text` broken into at most `maxLines` lines that each fit `width` user units at
 * `fontSize`, preferring breaks at spaces and the Japanese middle dot; the last line is cut with
 * an ellipsis when the text does not fit.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines = 2): string[] {
  if (textWidth(text, fontSize) <= width) return [text];
  const tokens = text.split(/(?<=[ ・、])/);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens.flatMap((t) => (textWidth(t, fontSize) > width ? [...t] : [t]))) {
    if (line !== '' && textWidth(line + token, fontSize) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += token;
  }
  if (line !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 1 && textWidth(`${last}…`, fontSize) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
