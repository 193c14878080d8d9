import { MarkupInText } from './errors-input';
import { fieldPath, problem, type Problem } from './problem';
import type { CheckedRecord } from './record';

// An HTML/MDX tag, a comment or processing instruction, or a script-capable URL scheme.
const MARKUP = /<\/?[A-Za-z!?][^>]*>?|\b(?:javascript|vbscript|data)\s*:/i;

/** Returns every string in a decoded value with its field path, depth first. */
function strings(value: unknown, path: PropertyKey[] = []): [string, string][] {
  if (typeof value === 'string') return [[fieldPath(path), value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  }
  return [];
}

// Whether any string in a decoded value holds markup: the common, clean case costs no paths.
function anyMarkup(value: unknown): boolean {
  if (typeof value === 'string') return MARKUP.test(value);
  if (Array.isArray(value)) return value.some(anyMarkup);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(anyMarkup);
  return false;
}

/**
 * Checks every text and URL field of a record for markup (`<script>`, `<a href>`) and script
 * links (`javascript:`, `data:`): pages print records as text, but feeds, CSV, JSON and share
 * images hand them to other software, so none is accepted.
 */
export function checkMarkup(record: CheckedRecord): Problem[] {
  if (!anyMarkup(record.raw)) return [];
  return strings(record.raw).flatMap(([field, text]) => {
    const found = MARKUP.exec(text)?.[0];
    return found ? [problem(MarkupInText, record.path, field, { found: found.slice(0, 40) })] : [];
  });
}
