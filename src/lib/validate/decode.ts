import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import {
  FileEmpty,
  FileTooLarge,
  FileUnreadable,
  NotMapping,
  NotUtf8,
  TooManyAliases,
  YamlSyntax,
} from './errors';
import type { LoadedFile } from './read';
import { problem, type Problem } from './problem';

/** Largest data file accepted, in bytes; a record is a few hundred bytes. */
export const MAX_FILE_BYTES = 256 * 1024;

/** Most alias expansions accepted in one file, against "billion laughs" files. */
export const MAX_ALIASES = 100;

/** A decoded record file: the top-level mapping, or the problems that stopped decoding. */
export type Decoded =
  { ok: true; value: Record<string, unknown> } | { ok: false; problems: Problem[] };

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
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file.bytes) };
  } catch {
    return { problem: problem(NotUtf8, file.path, 'encoding', undefined) };
  }
}

/** Parses YAML text into a plain value, reporting every syntax error with line and column. */
export function parseYaml(
  path: string,
  text: string,
): { value: unknown } | { problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        const reason = error.message.split('\n')[0]!;
        return problem(YamlSyntax, path, 'yaml', { line, column: col, reason });
      }),
    };
  }
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
