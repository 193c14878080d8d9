import { parse } from 'yaml';
import { ingestError } from './errors';

/** The article fields a source's frontmatter can supply. */
export interface SourceMeta {
  title?: string;
  /** Calendar date as written in the source (YYYY-MM-DD), never shifted to another zone. */
  date?: string;
  /** Tags followed by categories, de-duplicated, in source order. */
  tags: string[];
  author?: string;
  excerpt?: string;
}

/** A source split into its frontmatter fields and its body. */
export interface SplitSource {
  meta: SourceMeta;
  /** True when the source had a frontmatter block. */
  hasFrontmatter: boolean;
  body: string;
  /** File line number (1-based) of the body's first line. */
  bodyLine: number;
}

const FENCE = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

function text(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(text).filter((s): s is string => s !== undefined);
  const one = text(v);
  return one
    ? one
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** Returns the YYYY-MM-DD written at the start of a date value, or undefined if it is not a real date. */
export function calendarDate(v: unknown): string | undefined {
  const match = DATE.exec(text(v) ?? '');
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  const real = probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
  return real ? match.slice(1, 4).join('-') : undefined;
}

/** Returns the source split at its frontmatter; throws IngestError 'bad-frontmatter' on broken YAML. */
export function splitFrontmatter(source: string, file: string): SplitSource {
  const fence = FENCE.exec(source);
  if (!fence) return { meta: { tags: [] }, hasFrontmatter: false, body: source, bodyLine: 1 };
  let data: unknown;
  try {
    // YAML 1.2 core schema keeps "2026-02-14 02:08:43 +0900" a string, so its calendar date survives.
    data = parse(fence[1] ?? '');
  } catch (err) {
    throw ingestError('bad-frontmatter', file, (err as Error).message.split('\n')[0] ?? '');
  }
  const fm = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const tags = [...new Set([...list(fm.tags), ...list(fm.categories)])];
  const meta: SourceMeta = { tags };
  const title = text(fm.title);
  const date = calendarDate(fm.date);
  const author = text(fm.author);
  const excerpt = text(fm.excerpt);
  if (title) meta.title = title;
  if (date) meta.date = date;
  if (author) meta.author = author;
  if (excerpt) meta.excerpt = excerpt;
  return {
    meta,
    hasFrontmatter: true,
    body: source.slice(fence[0].length),
    bodyLine: fence[0].split('\n').length - (fence[0].endsWith('\n') ? 0 : 1),
  };
}
