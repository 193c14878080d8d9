import { describe, expect, it, vi } from 'vitest';
import { builtSite, LOCAL_SITE, requireSiteUrl, siteUrl } from '../../../src/integrations/site-url';

function run(command: string, env: Record<string, string | undefined>) {
  const logger = { warn: vi.fn() };
  const hook = requireSiteUrl(env).hooks['astro:config:setup']!;
  const call = () => (hook as (options: unknown) => void)({ command, logger });
  return { call, logger };
}

describe('siteUrl', () => {
  it('is SITE_URL when set, else the local preview origin', () => {
    expect(siteUrl({ SITE_URL: 'https://example.org' })).toBe('https://example.org');
    expect(siteUrl({})).toBe(LOCAL_SITE);
    expect(siteUrl({ SITE_URL: '' })).toBe(LOCAL_SITE);
  });
});

describe('requireSiteUrl()', () => {
  it('fails a CI build without SITE_URL with one line and no stack', () => {
    const { call } = run('build', { CI: 'true' });
    expect(call).toThrow('SITE_URL is not set');
    try {
      call();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).stack).toBe('');
    }
  });

  it('lets a CI build with SITE_URL through silently', () => {
    const { call, logger } = run('build', { CI: 'true', SITE_URL: 'https://example.org' });
    expect(call).not.toThrow();
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('only warns about the localhost fallback on a local build', () => {
    const { call, logger } = run('build', {});
    expect(call).not.toThrow();
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining(LOCAL_SITE));
  });

  it('leaves dev, preview and check alone, in CI too', () => {
    for (const command of ['dev', 'preview', 'sync']) {
      const { call, logger } = run(command, { CI: 'true' });
      expect(call).not.toThrow();
      expect(logger.warn).not.toHaveBeenCalled();
    }
  });
});

describe('builtSite', () => {
  it('gives the site and a base path that always ends in a slash', () => {
    expect(builtSite({ site: 'https://atlas.example', base: '/atlas' })).toEqual({
      site: 'https://atlas.example',
      base: '/atlas/',
    });
    expect(builtSite({ site: undefined, base: '/' })).toEqual({
      site: 'http://localhost:4321/',
      base: '/',
    });
  });
});
