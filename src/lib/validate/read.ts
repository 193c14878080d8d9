/**
 * THE data reader: the lister, the capped reader and the tree reader that the validator and the
 * build's data reader share, kept in one module (a little over 150 lines) so that every rule
 * about links, special files and paths lives in one place.
 */
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A file read for validation; `bytes` is cut at the read cap so huge files are never loaded. */
export interface LoadedFile {
  /** Path as reported: relative to the project root with `/`, or absolute when outside it. */
  path: string;
  /** True when the file lies under <root>/data/; false for files named on the command line. */
  inTree: boolean;
  size: number;
  bytes: Uint8Array;
  /** Why the file could not be read, when it could not. */
  readError?: string;
  /** Set when the path is a link or not a regular file: it was refused without being opened. */
  refused?: 'symlink' | 'special';
}

/** Everything the validator looks at: data files, articles by slug, and the files to report on. */
export interface TreeInput {
  files: LoadedFile[];
  /** content/articles/<slug>.mdx text by slug. */
  articles: Map<string, string>;
  /** Article entries refused unread (links, pipes): the build's glob would follow a link. */
  refusedArticles?: LoadedFile[];
  /** Paths (as in LoadedFile.path) to report on; undefined means every file. */
  only?: Set<string>;
}

/**
 * Returns every non-hidden entry under `dir`, recursively, as sorted absolute paths: regular
 * files, and also symbolic links and special files (FIFOs, sockets, devices) so that callers
 * refuse them by name instead of skipping them. Links are never followed (lstat semantics), so
 * a linked folder is listed as one entry, not descended into. The validator and the build's
 * data reader (read-bundle.ts) both list data/ with this function.
 */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir) || !lstatSync(dir).isDirectory()) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out.sort();
}

// `root/` when root is an absolute, normalised POSIX path (checked once per root), else undefined.
let lastRoot: string | undefined;
let lastBase: string | undefined;
function rootBase(root: string): string | undefined {
  if (root !== lastRoot) {
    const trimmed = root.length > 1 && root.endsWith('/') ? root.slice(0, -1) : root;
    lastRoot = root;
    lastBase =
      sep === '/' && resolve(trimmed) === trimmed && trimmed !== '/' ? `${trimmed}/` : undefined;
  }
  return lastBase;
}

// A path tail without empty, `.` or `..` segments: relative() would return it unchanged.
const PLAIN_TAIL = /^(?!.*(?:^|\/)\.{0,2}(?:\/|$))/;

/** Returns `file` relative to `root` with `/` separators, or unchanged when it lies outside. */
export function displayPath(root: string, file: string): string {
  // Every listed file lies under the root: its tail is the answer, without path.relative's work.
  const base = rootBase(root);
  if (base !== undefined && file.startsWith(base)) {
    const tail = file.slice(base.length);
    if (!tail.startsWith('..') && PLAIN_TAIL.test(tail)) return tail;
  }
  const rel = relative(root, file);
  if (rel.startsWith('..') || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
}

/** Reads at most `cap` bytes of a file, recording its full size and any read error. */
export function readCapped(root: string, file: string, cap: number, inTree: boolean): LoadedFile {
  const path = displayPath(root, file);
  let fd: number | undefined;
  try {
    // lstat first: a link is refused and a FIFO is never opened (opening one blocks forever).
    const stat = lstatSync(file);
    if (stat.isSymbolicLink() || !stat.isFile()) {
      const refused = stat.isSymbolicLink() ? 'symlink' : 'special';
      return { path, inTree, size: 0, bytes: new Uint8Array(), refused };
    }
    const size = stat.size;
    const bytes = new Uint8Array(Math.min(size, cap));
    fd = openSync(file, 'r');
    readSync(fd, bytes, 0, bytes.length, 0);
    return { path, inTree, size, bytes };
  } catch (error) {
    const readError = error instanceof Error ? error.message : String(error);
    return { path, inTree, size: 0, bytes: new Uint8Array(), readError };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads content/articles/*.mdx under `root` into a map from slug to file text. */
export function readArticles(root: string): Map<string, string> {
  return readArticleFiles(root).articles;
}

/**
 * Reads content/articles/*.mdx under `root`: text by slug, plus the entries refused unread
 * (symbolic links and special files), which the validator reports so the build stops.
 */
export function readArticleFiles(root: string): {
  articles: Map<string, string>;
  refused: LoadedFile[];
} {
  const dir = join(root, 'content', 'articles');
  const articles = new Map<string, string>();
  const refused: LoadedFile[] = [];
  for (const file of listFiles(dir)) {
    if (file.endsWith('.mdx') && !relative(dir, file).includes(sep)) {
      const read = readCapped(root, file, 4 * 1024 * 1024, true);
      if (read.refused) refused.push(read);
      else if (!read.readError) {
        articles.set(basename(file, '.mdx'), new TextDecoder().decode(read.bytes));
      }
    }
  }
  return { articles, refused };
}

/**
 * Reads data/ and content/articles/ under `root`. Paths in `only` (files or folders, absolute
 * or relative to `root`) are reported on; those outside data/ are read as extra files.
 */
export function readTree(
  root: string,
  only: readonly string[] | undefined,
  cap: number,
): TreeInput {
  const dataDir = join(root, 'data');
  const inTree = new Set(listFiles(dataDir));
  const selected = only?.flatMap((p) => {
    const full = resolve(root, p);
    return existsSync(full) && lstatSync(full).isDirectory() ? listFiles(full) : [full];
  });
  const extra = (selected ?? []).filter((file) => !inTree.has(file));
  const files = [
    ...[...inTree].map((file) => readCapped(root, file, cap, true)),
    ...extra.map((file) => readCapped(root, file, cap, false)),
  ];
  const reported = selected && new Set(selected.map((file) => displayPath(root, file)));
  const { articles, refused } = readArticleFiles(root);
  return {
    files,
    articles,
    ...(refused.length > 0 ? { refusedArticles: refused } : {}),
    ...(reported ? { only: reported } : {}),
  };
}
