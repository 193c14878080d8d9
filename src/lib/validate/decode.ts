import { isMap, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import {
  FileEmpty,
  FileTooLarge,
  FileUnreadable,
  NotMapping,
  NotUtf8,
  TooManyAliases,
  YamlSyntax,
} from './errors';
import { YamlUnknownTag } from './errors-input';
import type { LoadedFile } from './read';
import { readPlainYaml } from './yaml-plain';
import { problem, type Problem } from './problem';

/** Largest data file accepted, in bytes; a record is a few hundred bytes. */
export const MAX_FILE_BYTES = 256 * 1024;

/** Most alias expansions accepted in one file, against "billion laughs" files. */
export const MAX_ALIASES = 100;

/** A decoded record file: the top-level mapping, or the problems that stopped decoding. */
export type Decoded =
  { ok: true; value: Record<string, unknown> } | { ok: false; problems: Problem[] };

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Returns the UTF-8 text of a file, or the file-level problem that prevents reading it. */
export function decodeText(file: LoadedFile): { text: string } | { problem: Problem } {
  if (file.readError) {
    return { problem: problem(FileUnreadable, file.path, 'file', { reason: file.readError }) };
  }
  if (file.size > MAX_FILE_BYTES) {
    const params = { kb: Math.ceil(file.size / 1024), limitKb: MAX_FILE_BYTES / 1024 };
    return { problem: problem(FileTooLarge, file.path, 'file', params) };
  }
  try {
    return { text: STRICT_UTF8.decode(file.bytes) };
  } catch {
    return { problem: problem(NotUtf8, file.path, 'encoding', undefined) };
  }
}

/** Deepest nesting of lists and mappings accepted; a record is at most four levels deep. */
export const MAX_DEPTH = 32;

/** YAML options of THE data reader: YAML 1.2 core schema, so dates and 0b101 stay strings. */
export const YAML_OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: true } as const;

// Where JavaScript's multiline `^` matches: after \n, \r, U+2028 and U+2029.
const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * Returns the deepest bracket or indentation nesting of `text`, cheaply and without parsing:
 * brackets anywhere, and half the leading spaces of each of the first 10,000 lines.
 */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let lines = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    if (lineStart && lines < 10_000) {
      lines++;
      let end = i;
      while (text.charCodeAt(end) === 32) end++;
      max = Math.max(max, Math.floor((end - i) / 2));
    }
    const c = text.charCodeAt(i);
    lineStart = isLineBreak(c);
    if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

/**
 * Parses YAML text into a plain value, reporting every syntax error with line and column. This
 * is the one YAML reader: `npm run validate` and the build's data reader both parse with it,
 * so a file reads the same in both. Explicit tags (`!foo`, `!!binary`) are refused.
 */
export function parseYaml(
  path: string,
  text: string,
): { value: unknown } | { problems: Problem[] } {
  const lineCounter = new LineCounter();
  if (nestingDepth(text) > MAX_DEPTH) {
    const reason = `nested more than ${MAX_DEPTH} levels deep`;
    return { problems: [problem(YamlSyntax, path, 'yaml', { line: 1, column: 1, reason })] };
  }
  // Most records are plain block YAML, read here exactly as below but many times faster.
  const plain = readPlainYaml(text);
  if (plain) return { value: plain };
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        const reason = error.message.split('\n')[0]!;
        return problem(YamlSyntax, path, 'yaml', { line, column: col, reason });
      }),
    };
  }
  const tagged: Problem[] = [];
  visit(doc, {
    Node(_, node) {
      if (!node.tag) return;
      const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
      const reason = `tag ${node.tag} is not allowed`;
      tagged.push(problem(YamlUnknownTag, path, 'yaml', { line, column: col, reason }));
    },
  });
  if (tagged.length > 0) return { problems: tagged };
  if (doc.contents === null) return { problems: [problem(FileEmpty, path, 'file', undefined)] };
  if (!isMap(doc.contents)) {
    const found = isSeq(doc.contents) ? 'a list' : 'a single value';
    return { problems: [problem(NotMapping, path, 'yaml', { found })] };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return { problems: [problem(TooManyAliases, path, 'yaml', { limit: MAX_ALIASES })] };
    }
    throw error;
  }
}

/** Decodes a record file into its top-level mapping, or every problem that prevents it. */
export function decodeRecord(file: LoadedFile): Decoded {
  const text = decodeText(file);
  if ('problem' in text) return { ok: false, problems: [text.problem] };
  if (text.text.trim() === '') {
    return { ok: false, problems: [problem(FileEmpty, file.path, 'file', undefined)] };
  }
  const parsed = parseYaml(file.path, text.text);
  if ('problems' in parsed) return { ok: false, problems: parsed.problems };
  return { ok: true, value: parsed.value as Record<string, unknown> };
}
