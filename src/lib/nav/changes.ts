/** What one changed file is, for /changes/: a data record, an article, or another file. */
export type ChangedThing =
  | { kind: 'record'; dataset: string; id: string }
  | { kind: 'article'; slug: string }
  | { kind: 'source'; file: string }
  | { kind: 'other'; file: string };

/** One changed path in a commit, with git's status letter. */
export interface ChangedFile {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  path: string;
  thing: ChangedThing;
}

/** One commit touching data/ or content/. */
export interface Change {
  hash: string;
  /** ISO 8601 commit date. */
  date: string;
  subject: string;
  files: ChangedFile[];
}

/** The git log format the parser reads: record separator, then hash, date, subject. */
export const LOG_FORMAT = '%x1e%H%x1f%cI%x1f%s';

const STATUS: Readonly<Record<string, ChangedFile['status']>> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
};

/** Returns what a repository path stands for: data/<dataset>/<id>.yaml is a record, and so on. */
export function classify(path: string): ChangedThing {
  const record = /^data\/([^/]+)\/([^/]+)\.yaml$/.exec(path);
  if (record) return { kind: 'record', dataset: record[1]!, id: record[2]! };
  const article = /^content\/articles\/([^/]+)\.mdx$/.exec(path);
  if (article) return { kind: 'article', slug: article[1]! };
  if (path.startsWith('content/sources/')) return { kind: 'source', file: path };
  return { kind: 'other', file: path };
}

/**
 * Parses `git log --format=LOG_FORMAT --name-status` output into commits, newest first as git
 * prints them; a rename is listed under its new path.
 */
export function parseGitLog(text: string): Change[] {
  return text
    .split('\x1e')
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [head = '', ...lines] = chunk.split('\n');
      const [hash = '', date = '', subject = ''] = head.split('\x1f');
      const files = lines
        .map((l) => l.split('\t'))
        .filter((cols) => cols.length >= 2 && cols[0])
        .map((cols) => {
          const path = cols[cols.length - 1]!;
          return { status: STATUS[cols[0]![0]!] ?? 'modified', path, thing: classify(path) };
        });
      return { hash, date, subject, files };
    });
}
