import { createHash } from 'node:crypto';

/**
 * Returns a stable ASCII slug for a source file name that has no manifest entry: lower-case
 * words of the name joined by hyphens ("My Draft (2).txt" is "my-draft-2"), or "article-" and
 * eight hex digits of the name's SHA-256 when the name has no ASCII letters or digits.
 */
export function slugFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, '');
  const words = stem
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words !== '') return words;
  return `article-${createHash('sha256').update(fileName).digest('hex').slice(0, 8)}`;
}
