/** Japanese readers take in about 500 characters a minute (a common editorial estimate). */
const CHARS_PER_MINUTE = 500;

/**
 * Returns the reading time in whole minutes (at least 1) of an MDX body, counting the
 * characters of its prose and ignoring markup, component tags and whitespace.
 */
export function readingMinutes(body: string): number {
  const prose = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]*\/?>/g, '')
    .replace(/[#*_>`[\]()\\-]/g, '')
    .replace(/\s+/g, '');
  return Math.max(1, Math.round(prose.length / CHARS_PER_MINUTE));
}
