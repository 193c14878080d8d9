/**
 * The project folder the pages read data/ from. The integrations run in Astro's process with
 * the config's root; the pages are bundled apart from them and hold their own copy of this
 * module, so the two meet on a global. Without one (a page module run on its own), the
 * working folder.
 */
import type { DataBundle } from './bundle';

const KEY = Symbol.for('ai-capital-atlas.project-root');
const DATA = Symbol.for('ai-capital-atlas.validated-data');
const slot = globalThis as { [KEY]?: string; [DATA]?: DataBundle };

/** Records the project folder for the pages of this build or dev server. */
export function setProjectRoot(root: string): void {
  slot[KEY] = root;
}

/** Returns the project folder set by `setProjectRoot`, or the working folder. */
export function projectRoot(): string {
  return slot[KEY] ?? process.cwd();
}

/** Hands the pages of this build the records validation already parsed. */
export function shareValidatedData(bundle: DataBundle): void {
  slot[DATA] = bundle;
}

/** Returns the records `shareValidatedData` handed over, if any. */
export function validatedData(): DataBundle | undefined {
  return slot[DATA];
}
