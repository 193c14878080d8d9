import { withBase } from './url';

/**
 * Returns the URL of an article page that scrolls to and highlights `quote` in browsers that
 * support text fragments (others open the article at the top).
 */
export function quoteHref(base: string, article: string, quote: string): string {
  // A short prefix is enough to find the passage and keeps URLs readable.
  const fragment = [...quote.trim()].slice(0, 40).join('');
  return `${withBase(base, `articles/${article}/`)}#:~:text=${encodeURIComponent(fragment)}`;
}
