/**
 * The project folder the pages read data/ from. The integrations run in Astro's process with
 * the config's root; the pages are bundled apart from them and hold their own copy of this
 * module, so the two meet on a global. Without one (a page module run on its own), the
 * working folder.
 */
const KEY = Symbol.for('ai-capital-atlas.project-root');
const slot = globalThis as { [KEY]?: string };

/** Records the project folder for the pages of this build or dev server. */
export function setProjectRoot(root: string): void {
  slot[KEY] = root;
}

/** Returns the project folder set by `setProjectRoot`, or the working folder. */
export function projectRoot(): string {
  return slot[KEY] ?? process.cwd();
}
