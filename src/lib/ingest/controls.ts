/**
 * Characters a source may carry that no reader should get: C0 and C1 controls (NUL and the like,
 * but not tab and line feed) and the bidirectional embedding, override and isolate controls that
 * can make text read differently from how it is stored.
 */
/* eslint-disable no-control-regex -- control characters are what this matches */
const CONTROLS =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** Returns the text without control and bidi-control characters, and how many were removed. */
export function stripControls(text: string): { text: string; removed: number } {
  let removed = 0;
  const clean = text.replace(CONTROLS, () => {
    removed++;
    return '';
  });
  return { text: clean, removed };
}
