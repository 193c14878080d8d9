/**
 * A way for build integrations to hear each page as the build renders it, instead of reading
 * dist/ once every page is written: src/middleware.ts hands the finished HTML of the pages a
 * listener wants to the listeners installed here. Chart files use it to start drawing a chart's
 * PNG and share card while the rest of the site renders.
 */

/** Hears rendered pages: `wants` picks paths (with the base), `page` gets their final HTML. */
export interface PageListener {
  wants(pathname: string): boolean;
  page(pathname: string, html: string): void;
}

// A global, not a module variable: the pages are bundled apart from the integrations, so the
// two sides hold different copies of this module and meet only on globalThis.
const KEY = Symbol.for('ai-capital-atlas.page-listeners');
type Holder = { [KEY]?: Map<string, PageListener> };

const listeners = (): Map<string, PageListener> => ((globalThis as Holder)[KEY] ??= new Map());

/** Makes `listener` the one named `name` in this process (undefined removes it). */
export function installPageListener(name: string, listener: PageListener | undefined): void {
  if (listener) listeners().set(name, listener);
  else listeners().delete(name);
}

/** Returns the installed listeners that want `pathname` (none in dev, tests or without integrations). */
export function pageListeners(pathname: string): PageListener[] {
  return [...listeners().values()].filter((l) => l.wants(pathname));
}
