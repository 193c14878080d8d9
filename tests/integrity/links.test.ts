import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalOf, DIST, htmlPages, siteRootOf } from './dist';
import { brokenReferences, cssUrls, htmlReferences } from './links';

describe('the build in dist/', () => {
  it('has every internal link and asset reference resolve to a built file inside the base path', () => {
    expect(htmlPages(DIST).length).toBeGreaterThan(30);
    expect(brokenReferences(DIST)).toEqual([]);
  });

  it('gives every page a canonical URL under SITE_URL and the base path', () => {
    const root = siteRootOf(DIST);
    if (process.env.SITE_URL) expect(root.origin).toBe(new URL(process.env.SITE_URL).origin);
    // Where each canonical URL leads is checked with the other references above; an embed view,
    // for one, names its chart's page rather than itself. The 404 page answers for every missing
    // URL, so it is the one page that must name no canonical address.
    const pages = htmlPages(DIST).filter((f) => f !== '404.html');
    expect(canonicalOf(readFileSync(join(DIST, '404.html'), 'utf8'))).toBeUndefined();
    const outside = pages
      .map((f) => ({ f, href: canonicalOf(readFileSync(join(DIST, f), 'utf8')) }))
      .filter(({ href }) => !href?.startsWith(root.href))
      .map(({ f, href }) => `${f}: ${href}`);
    expect(outside).toEqual([]);
    const home = canonicalOf(readFileSync(join(DIST, 'articles/index.html'), 'utf8'));
    expect(home).toBe(new URL('articles/', root).href);
  });
});

describe('reference extraction', () => {
  it('finds href, src, srcset candidates, form actions, share-image URLs and CSS url()', () => {
    const html = `<a href="/a/">a</a><img src="b.png" srcset="c.png 1x, d.png 2x">
      <form action="/search/"></form><meta property="og:image" content="https://x.test/og.png">
      <meta name="description" content="not a url"><style>.x{background:url('e.svg')}</style>`;
    expect(htmlReferences(html)).toEqual([
      '/a/',
      'b.png',
      '/search/',
      'c.png',
      'd.png',
      'https://x.test/og.png',
      'e.svg',
    ]);
    expect(cssUrls('a{b:url(f.woff2)} c{d:url( "g.png" )}')).toEqual(['f.woff2', 'g.png']);
  });
});
