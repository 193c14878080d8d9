import { normaliseKey } from '../dedupe/normalise';
import type { SourceBlock } from './blocks';
import { removedRun, type RemovedBlock } from './boilerplate';
import { isProse } from './headings';

/** The article title and the body that follows it. */
export interface Titled {
  title: string | undefined;
  blocks: SourceBlock[];
  removed: RemovedBlock[];
}

// A short Latin-script tag line ("New Challenge") that a site prints under the title.
const STRAY_LABEL = /^[A-Za-z][A-Za-z0-9&' -]{0,29}$/;

/**
 * Returns the title (the frontmatter title, else the first line of the body, which then leaves
 * the body) and the body without a first block that repeats the title or a stray label under it.
 */
export function takeTitle(blocks: SourceBlock[], metaTitle: string | undefined): Titled {
  let body = blocks;
  let title = metaTitle;
  const first = body[0];
  if (!title && first && !first.text.includes('\n')) {
    title = first.text.trim();
    body = body.slice(1);
  }
  const removed: RemovedBlock[] = [];
  if (title && body[0] && normaliseKey(body[0].text) === normaliseKey(title)) {
    removed.push(removedRun('title-repeat', body, 0));
    body = body.slice(1);
  }
  const label = body[0];
  if (label?.kind === 'paragraph' && STRAY_LABEL.test(label.text.trim()) && isProse(body[1])) {
    removed.push(removedRun('stray-label', body, 0));
    body = body.slice(1);
  }
  return { title, blocks: body, removed };
}
