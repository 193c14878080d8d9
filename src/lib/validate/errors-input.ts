/**
 * Catalogue entries for hostile or malformed input files: what the lister and the YAML reader
 * refuse before any schema is applied. Same shape as the entries in ./errors.ts.
 */
import type { ErrorData } from './errors';

const define = <P = void>(error: ErrorData<P>): ErrorData<P> => error;

/** A data path is a symbolic link; neither validation nor the build follows links. */
export const SymlinkRefused = define({
  name: 'SymlinkRefused',
  message: () => 'is a symbolic link; data files and folders must be real files',
  hint: () => 'replace the link with a copy of the file, or delete it',
});

/** A data path is a FIFO, socket or device, which is never opened. */
export const NotRegularFile = define({
  name: 'NotRegularFile',
  message: () => 'is not a regular file (a pipe, socket or device) and was not opened',
  hint: () => 'delete it; every record is a plain .yaml file',
});

/** A record sits in a folder below its dataset folder. */
export const NestedFolder = define<{ folder: string }>({
  name: 'NestedFolder',
  message: ({ folder }) => `records go directly in data/${folder}/, not in a sub-folder`,
  hint: ({ folder }) => `move the file to data/${folder}/<id>.yaml`,
});

/** A YAML tag (`!foo`, `!!binary`) the reader does not resolve. */
export const YamlUnknownTag = define<{ line: number; column: number; reason: string }>({
  name: 'YamlUnknownTag',
  message: ({ line, column, reason }) => `line ${line}, column ${column}: ${reason}`,
  hint: () => 'remove the `!tag`; records use plain strings, numbers, lists and mappings',
});

/** A funding round recorded again with a coarser date (2025-11 next to 2025-11-05). */
export const DuplicateRoundCoarser = define<{ other: string; date: string; otherDate: string }>({
  name: 'DuplicateRoundCoarser',
  message: ({ other, date, otherDate }) =>
    `same company and amount as ${other}, dated ${date} where it says ${otherDate}`,
  hint: () => 'it is the same round: keep the record with the exact date and merge the sources',
});

/** A text field holds HTML/MDX markup or a script URL, which no record needs. */
export const MarkupInText = define<{ found: string }>({
  name: 'MarkupInText',
  message: ({ found }) => `contains markup or a script link (${found}); records hold plain text`,
  hint: () => 'remove the tag or link; write the words as the article does',
});

/** Every entry of this catalogue, for the generated error reference. */
export const INPUT_ERRORS: readonly ErrorData<never>[] = [
  SymlinkRefused,
  NotRegularFile,
  NestedFolder,
  YamlUnknownTag,
  DuplicateRoundCoarser,
  MarkupInText,
] as readonly ErrorData<never>[];
