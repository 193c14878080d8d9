import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** An article as the browser tests expect to see it: slug, title and section headings. */
export interface ExpectedArticle {
  slug: string;
  title: string;
  headings: string[];
}

const ARTICLES = join(process.cwd(), 'content/articles');

/** Reads every article's title and `##`/`###` headings from the committed MDX files. */
export function expectedArticles(): ExpectedArticle[] {
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(ARTICLES, file), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const headings = [...body.matchAll(/^#{2,3} (.+)$/gm)].map((m) => unescapeMdx(m[1] ?? ''));
      return { slug: file.replace(/\.mdx$/, ''), title: String(parse(front).title), headings };
    });
}

/** Undoes the ingest's MDX escaping so a heading compares with the rendered text. */
function unescapeMdx(s: string): string {
  return s
    .replace(/\\([\\{}<>*_[\]`#])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#123;/g, '{')
    .replace(/&#125;/g, '}')
    .replace(/&amp;/g, '&')
    .trim();
}
