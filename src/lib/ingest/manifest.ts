import { parse } from 'yaml';
import { ingestError } from './errors';

/** A chart or other component placed after the first paragraph containing `after`. */
export interface Embed {
  after: string;
  mdx: string;
}

/** What content/manifest.yaml says about one source file. */
export interface ManifestEntry {
  slug: string;
  publisher?: string;
  embeds: Embed[];
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function entryOf(where: string, file: string, raw: unknown): ManifestEntry {
  const fail = (detail: string) => ingestError('bad-manifest', where, `entry ${file}: ${detail}`);
  if (!raw || typeof raw !== 'object') throw fail('expected a mapping');
  const { slug, publisher, embeds = [] } = raw as Record<string, unknown>;
  if (typeof slug !== 'string' || !SLUG.test(slug))
    throw fail('slug must be lower-case ASCII words joined by hyphens');
  if (publisher !== undefined && typeof publisher !== 'string')
    throw fail('publisher must be text');
  if (!Array.isArray(embeds)) throw fail('embeds must be a list');
  const checked = embeds.map((e: unknown, i) => {
    const { after, mdx } = (e ?? {}) as Record<string, unknown>;
    if (
      typeof after !== 'string' ||
      after.trim() === '' ||
      typeof mdx !== 'string' ||
      mdx.trim() === ''
    ) {
      throw fail(`embeds[${i}] needs non-empty "after" and "mdx" strings`);
    }
    return { after, mdx: mdx.trim() };
  });
  return { slug, ...(publisher ? { publisher } : {}), embeds: checked };
}

/** Returns the manifest's entries by source file name; `where` names the manifest in errors. */
export function parseManifest(yamlText: string, where: string): Map<string, ManifestEntry> {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (err) {
    throw ingestError(
      'bad-manifest',
      where,
      (err as Error).message.split('\n')[0] ?? 'invalid YAML',
    );
  }
  const entries = new Map<string, ManifestEntry>();
  if (data === null || data === undefined) return entries;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw ingestError('bad-manifest', where, 'expected a mapping of source file names');
  }
  for (const [file, raw] of Object.entries(data)) entries.set(file, entryOf(where, file, raw));
  return entries;
}
