/** Text after NFKC normalisation, with a map back to the original offsets. */
export interface NormalizedText {
  /** The NFKC form: full-width digits, commas and ～ become ASCII. */
  text: string;
  /** origin[i] is the offset in the original text of normalised character i; origin[text.length] is the original length. */
  origin: number[];
}

// Half-width katakana write voicing marks as separate code points (ﾄﾞﾙ), which NFKC
// only composes into ド when normalised together with the preceding character.
const COMBINING_MARK = /^[\u3099\u309a\uff9e\uff9f]$/;
const NEEDS_CARE = /[\u3099\u309a\uff9e\uff9f\ud800-\udfff]/;

/** Normalises text to NFKC one character at a time so that spans can be mapped back to the original. */
export function normalizeText(input: string): NormalizedText {
  // Text NFKC leaves unchanged, without surrogate pairs or voicing marks, maps one to one: the
  // loop below would return it as it is with origin[i] = i, one normalize() call per character.
  if (!NEEDS_CARE.test(input) && input.normalize('NFKC') === input) {
    return { text: input, origin: Array.from({ length: input.length + 1 }, (_, i) => i) };
  }
  const chars = Array.from(input);
  let text = '';
  const origin: number[] = [];
  let offset = 0;
  for (let k = 0; k < chars.length;) {
    let chunk = chars[k] ?? '';
    k += 1;
    while (k < chars.length && COMBINING_MARK.test(chars[k] ?? '')) {
      chunk += chars[k];
      k += 1;
    }
    const normalized = chunk.normalize('NFKC');
    for (let j = 0; j < normalized.length; j += 1) origin.push(offset);
    text += normalized;
    offset += chunk.length;
  }
  origin.push(offset);
  return { text, origin };
}
