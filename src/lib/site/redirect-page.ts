/**
 * The page a stable link serves: it sends the browser on at once with a meta refresh (no
 * script, so the strict CSP holds), names the target as canonical so search engines index the
 * target instead, and shows a plain link for anything that does not follow refreshes.
 */
import { contentSecurityPolicy } from './csp';

// The policy of every page without scripts: nothing to run, nothing to load but this site's files.
const CSP = contentSecurityPolicy({ scripts: false });

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What a redirect page needs: the target's path (with base and #fragment), its absolute URL and a label. */
export interface Redirect {
  to: string;
  canonical: string;
  label: string;
}

/** Returns the HTML of a page that sends the reader to `to` (a path with its base and #fragment). */
export function redirectPage({ to, canonical, label }: Redirect): string {
  const href = escape(to);
  return (
    '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">' +
    `<meta http-equiv="content-security-policy" content="${escape(CSP)}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escape(label)}</title>` +
    '<meta name="robots" content="noindex">' +
    `<meta http-equiv="refresh" content="0; url=${href}">` +
    `<link rel="canonical" href="${escape(canonical)}">` +
    `</head><body><p><a href="${href}">${escape(label)}</a></p></body></html>\n`
  );
}
