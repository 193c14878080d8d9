import { AtlasError } from '../errors';

/** Every error the ingest CLI reports to a user: what is wrong, and a hint on how to fix it. */
const CATALOGUE = {
  unreadable: {
    message: (file: string, detail: string) => `${file}: cannot be read (${detail}).`,
    hint: 'Check that the path exists, is a file and is readable.',
  },
  empty: {
    message: (file: string) => `${file}: is empty.`,
    hint: 'A source needs article text; remove the file or fill it from the original page.',
  },
  'not-utf8': {
    message: (file: string) => `${file}: is not valid UTF-8.`,
    hint: 'Re-save the source as UTF-8 (for Shift_JIS: iconv -f SHIFT_JIS -t UTF-8).',
  },
  'bad-frontmatter': {
    message: (file: string, detail: string) =>
      `${file}: the YAML frontmatter does not parse (${detail}).`,
    hint: 'Fix the YAML between the two --- lines at the top of the file.',
  },
  'no-title': {
    message: (file: string) => `${file}: no title found.`,
    hint: 'Give the source a title: frontmatter, or a first line of text.',
  },
  'embed-not-found': {
    message: (file: string, after: string) =>
      `${file}: embed anchor "${after}" matches no paragraph of the article.`,
    hint: 'Set embeds[].after in content/manifest.yaml to words copied from the paragraph the chart follows.',
  },
  'bad-manifest': {
    message: (file: string, detail: string) => `${file}: ${detail}.`,
    hint: 'Each manifest entry is `<source file>: {slug, publisher?, embeds?: [{after, mdx}]}`.',
  },
  'duplicate-slug': {
    message: (file: string, other: string) => `${file}: writes the same article as ${other}.`,
    hint: 'Give each source its own slug in content/manifest.yaml.',
  },
  'no-sources': {
    message: (folder: string) => `${folder}: contains no .txt or .md sources.`,
    hint: 'Point the CLI at a folder of raw sources, or at the source files themselves.',
  },
  'unsafe-output': {
    message: (file: string, detail: string) =>
      `${file}: the article would not be plain text and charts (${detail}).`,
    hint: 'This is a bug in the ingest escaping; report it with the source. Nothing was written.',
  },
  'bad-embed': {
    message: (file: string, detail: string) =>
      `${file}: a manifest embed is not a chart (${detail}).`,
    hint: 'Each embeds[].mdx is one chart component with literal props, as in docs/charts.md.',
  },
  'out-not-folder': {
    message: (out: string) => `${out}: is not a folder.`,
    hint: 'Give --out a folder (it is created if missing), not a file.',
  },
  'write-failed': {
    message: (file: string, detail: string) => `${file}: cannot be written (${detail}).`,
    hint: 'Check that the output folder is writable and the disk has space; no article was changed.',
  },
  'slug-taken': {
    message: (target: string, other: string) =>
      `${target}: already holds the article of ${other}, a different source.`,
    hint: 'Give this source its own slug in content/manifest.yaml, or remove the old article first.',
  },
  'too-large': {
    message: (file: string, size: string) => `${file}: is too large to ingest (${size}).`,
    hint: 'A source is one article; split the file or check that it is the right one.',
  },
  usage: {
    message: (detail: string) => `${detail}.`,
    hint: 'Usage: npm run ingest -- [--out <folder>] [<file-or-folder>...]',
  },
} as const;

/** A catalogue key. */
export type IngestErrorCode = keyof typeof CATALOGUE;

type Args<C extends IngestErrorCode> = Parameters<(typeof CATALOGUE)[C]['message']>;

/** An error meant for the user: its message names the file, its hint says how to fix it. */
export class IngestError extends AtlasError {
  declare readonly code: IngestErrorCode;
  declare readonly hint: string;

  constructor(code: IngestErrorCode, message: string, hint: string) {
    super(code, message, hint);
    this.name = 'IngestError';
  }
}

/** Returns the catalogue error `code` filled in with its arguments (file first, where there is one). */
export function ingestError<C extends IngestErrorCode>(code: C, ...args: Args<C>): IngestError {
  const entry = CATALOGUE[code];
  const message = (entry.message as (...a: Args<C>) => string)(...args);
  return new IngestError(code, message, entry.hint);
}
