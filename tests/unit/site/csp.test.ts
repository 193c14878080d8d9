import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/lib/site/csp';

describe('contentSecurityPolicy', () => {
  it.each([true, false])('denies by default and never allows inline code (scripts: %s)', (s) => {
    const policy = contentSecurityPolicy({ scripts: s });
    expect(policy.startsWith("default-src 'none'")).toBe(true);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("style-src 'self'");
  });

  it('contentSecurityPolicy({scripts: false}) allows no script and no fetch', () => {
    const policy = contentSecurityPolicy({ scripts: false });
    expect(policy).toContain("script-src 'none'");
    expect(policy).not.toContain('connect-src');
  });

  it('contentSecurityPolicy({scripts: true}) allows the site’s own scripts and WebAssembly', () => {
    expect(contentSecurityPolicy({ scripts: true })).toContain(
      "script-src 'self' 'wasm-unsafe-eval'",
    );
  });
});
