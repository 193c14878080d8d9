/**
 * Returns `path` under the site's base path, e.g. withBase('/atlas/', 'articles/x/') is
 * '/atlas/articles/x/'. A leading slash on `path` is ignored so every link honours the base.
 */
export function withBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}
