import type { AstroConfig, AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';

/** The origin a local build falls back to when SITE_URL is unset outside CI. */
export const LOCAL_SITE = 'http://localhost:4321';

/**
 * Returns the origin to build for: SITE_URL when set, otherwise LOCAL_SITE. The companion
 * integration below refuses that fallback in CI, where a build may be deployed.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return env.SITE_URL || LOCAL_SITE;
}

/**
 * Returns the site origin and the base path (always ending in /) of a resolved Astro config, as
 * integrations that write files after the build need them; LOCAL_SITE without a site.
 */
export function builtSite(config: Pick<AstroConfig, 'site' | 'base'>): {
  site: string;
  base: string;
} {
  const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
  return { site: config.site ?? `${LOCAL_SITE}/`, base };
}

/**
 * Astro integration: `astro build` with SITE_URL unset fails in CI (CI set) with one line and
 * warns elsewhere, so canonical URLs, feeds and the sitemap never name localhost by accident.
 */
export function requireSiteUrl(
  env: Record<string, string | undefined> = process.env,
): AstroIntegration {
  return {
    name: 'require-site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || env.SITE_URL) return;
        if (env.CI) {
          const error = new AstroError(
            'SITE_URL is not set: a CI build would publish canonical URLs on localhost.',
            'Set SITE_URL to the deployed origin, e.g. SITE_URL=https://example.org npm run build.',
          );
          error.stack = '';
          throw error;
        }
        logger.warn(`SITE_URL is not set; canonical URLs use ${LOCAL_SITE} (not for deploying).`);
      },
    },
  };
}
