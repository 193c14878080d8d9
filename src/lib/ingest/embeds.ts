import { normaliseKey } from '../dedupe/normalise';
import { ingestError } from './errors';
import type { Embed } from './manifest';
import type { ArticleBlock } from './mdx';

/**
 * Returns the blocks with each embed's MDX placed after the first paragraph or list whose text
 * contains `after` (compared as normalised keys); embeds after the same paragraph keep manifest
 * order. Throws IngestError 'embed-not-found' naming `file` and the text when nothing matches.
 */
export function insertEmbeds(
  blocks: ArticleBlock[],
  embeds: Embed[],
  file: string,
): ArticleBlock[] {
  const out = [...blocks];
  for (const embed of embeds) {
    const key = normaliseKey(embed.after);
    const at = out.findIndex(
      (b) => b.kind !== 'heading' && b.kind !== 'embed' && normaliseKey(b.text).includes(key),
    );
    if (at < 0 || key === '') throw ingestError('embed-not-found', file, embed.after);
    let pos = at + 1;
    while (out[pos]?.kind === 'embed') pos++;
    out.splice(pos, 0, { kind: 'embed', text: embed.mdx });
  }
  return out;
}
