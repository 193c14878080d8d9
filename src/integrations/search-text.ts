/*
 * What of a built page Pagefind needs to read. Imported by search-worker.ts, which Node runs as
 * TypeScript itself, so this file imports nothing.
 */

const SVG_OPEN = /<svg[\s>]/g;
const TABLE_BLOCK = '<div class="table-scroll"';

/** Index of the end of the tag opening at `at` (one past its `>`), or -1. */
function tagEnd(html: string, at: number): number {
  const end = html.indexOf('>', at);
  return end === -1 ? -1 : end + 1;
}

/** End (one past `</svg>`) of the svg element opening at `at`, counting nested ones, or -1. */
function svgEnd(html: string, at: number): number {
  let depth = 0;
  let i = at;
  while (i !== -1 && i < html.length) {
    const open = html.indexOf('<svg', i);
    const close = html.indexOf('</svg>', i);
    if (close === -1) return -1;
    if (open !== -1 && open < close) {
      depth++;
      i = tagEnd(html, open);
    } else {
      depth--;
      i = close + 6;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * End (one past its `</div>`) of the record table block opening at `at`, when it has the shape
 * DataTable and DatasetRecords write (`<div class="table-scroll" …><table>…</table></div>`),
 * or -1 for anything else, which is then left in for Pagefind's own exclusion.
 */
function tableBlockEnd(html: string, at: number): number {
  const open = tagEnd(html, at);
  if (open === -1 || !/^\s*<table[\s>]/.test(html.slice(open, open + 64))) return -1;
  const close = html.indexOf('</table>', open);
  if (close === -1) return -1;
  // A table inside the table would end it early: leave such a block to Pagefind.
  const inner = html.indexOf('<table', html.indexOf('<table', open) + 6);
  if (inner !== -1 && inner < close) return -1;
  const rest = /^\s*<\/div>/.exec(html.slice(close + 8, close + 8 + 64));
  return rest ? close + 8 + rest[0].length : -1;
}

/**
 * Returns `html` without the elements the search index skips anyway (`excludeSelectors` in
 * search-index.ts): every `<svg>` and every record table block. Pagefind parsed them only to
 * drop them, and at 10k rounds they were 83% of the bytes of a company page (134 MB of the
 * 2,530 company pages, 23 MB without them), which halved the time Pagefind spent on those
 * pages. What is left is read exactly as before: an element it cannot match whole stays in,
 * and the selectors still exclude it.
 */
export function searchableHtml(html: string): string {
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < html.length) {
    SVG_OPEN.lastIndex = i;
    const svg = SVG_OPEN.exec(html)?.index ?? -1;
    const table = html.indexOf(TABLE_BLOCK, i);
    if (svg === -1 && table === -1) break;
    const at = svg === -1 ? table : table === -1 ? svg : Math.min(svg, table);
    const end = at === svg ? svgEnd(html, at) : tableBlockEnd(html, at);
    if (end === -1) {
      i = at + 1;
      continue;
    }
    parts.push(html.slice(from, at));
    from = i = end;
  }
  if (from === 0) return html;
  parts.push(html.slice(from));
  return parts.join('');
}
