/**
 * The Content-Security-Policy each page carries as a `<meta>`. Every stylesheet is a file on the
 * site (astro.config.mjs sets `inlineStylesheets: 'never'`), so no page needs a hash or
 * 'unsafe-inline'. Only the search page runs a script: its own module and Pagefind, which
 * compiles WebAssembly ('wasm-unsafe-eval'); every other page allows no script at all.
 * JSON-LD blocks are data, not script, and need no allowance.
 */
const BASE = [
  "default-src 'none'",
  "img-src 'self'",
  "font-src 'self'",
  "style-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
];

/** Returns the policy for a page; `scripts` is true only where the page runs the search script. */
export function contentSecurityPolicy({ scripts }: { scripts: boolean }): string {
  const script = scripts
    ? ["script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'"]
    : ["script-src 'none'"];
  return [...BASE, ...script].join('; ');
}
