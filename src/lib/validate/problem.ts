import type { ErrorData } from './errors';

/** One data error at one place: `path` is relative to the project root, `field` a dotted path. */
export interface Problem {
  path: string;
  field: string;
  /** The catalogue entry's name in src/lib/errors.ts. */
  code: string;
  message: string;
  hint?: string;
}

/** Builds a problem from a catalogue entry and its parameters. */
export function problem<P>(error: ErrorData<P>, path: string, field: string, params: P): Problem {
  const hint = error.hint?.(params);
  return {
    path,
    field,
    code: error.name,
    message: error.message(params),
    ...(hint ? { hint } : {}),
  };
}

/** Renders a problem as one line: `<path>: <field>: <message> (hint: <hint>)`. */
export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.field}: ${p.message}${p.hint ? ` (hint: ${p.hint})` : ''}`;
}

/** Renders a field path such as ['sources', 0, 'quote'] as `sources.0.quote`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Returns the count line: `3 errors in 2 files (48 files checked)` or `48 files checked, no errors`. */
export function summarise(problems: readonly Problem[], filesChecked: number): string {
  const checked = plural(filesChecked, 'file') + ' checked';
  if (problems.length === 0) return `${checked}, no errors`;
  const files = new Set(problems.map((p) => p.path)).size;
  return `${plural(problems.length, 'error')} in ${plural(files, 'file')} (${checked})`;
}
