import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DIST, htmlPages } from './dist';

it("every page carries a Content-Security-Policy that denies by default and never allows 'unsafe-inline'", () => {
  const problems: string[] = [];
  for (const page of htmlPages(DIST)) {
    const html = readFileSync(join(DIST, page), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
    if (!policy) problems.push(`${page}: no CSP meta`);
    else if (!policy.includes("default-src 'none'")) problems.push(`${page}: ${policy}`);
    else if (policy.includes('unsafe-inline')) problems.push(`${page}: allows 'unsafe-inline'`);
  }
  expect(problems).toEqual([]);
});
