/** The publication's name as schema.org and feeds name it. */
export const SITE_NAME = 'AI資本アトラス';

/** The site's one-sentence description, used where a page gives none. */
export const SITE_DESCRIPTION =
  'AI資本アトラス — AIをめぐる資金の流れを、出典つきの数字で読み解くデータジャーナリズム。';

/**
 * The licence the compiled datasets are offered under. The quoted sentences inside them stay
 * with their original publishers; datapackage.json and the Dataset JSON-LD say so.
 */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * Returns the absolute URL of `path` (already under the base path, e.g. '/atlas/x/') on `site`
 * (an origin such as 'https://example.org').
 */
export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(path, site).href;
}

/**
 * Returns a function making paths under `base` absolute on `site` (the localhost preview origin
 * when no site is configured, which only development builds allow).
 */
export function absoluteIn(site: URL | undefined, base: string): (path: string) => string {
  const origin = site ?? new URL('http://localhost:4321/');
  const head = base.endsWith('/') ? base : `${base}/`;
  return (path) => new URL(head + path.replace(/^\/+/, ''), origin).href;
}
