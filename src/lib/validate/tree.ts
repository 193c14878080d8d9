import { CheckCrashed, FxMissing } from './errors';
import { NotRegularFile, SymlinkRefused } from './errors-input';
import { readTree, type TreeInput } from './read';
import { checkConflicts } from './conflicts';
import { decodeRecord, decodeText, MAX_FILE_BYTES } from './decode';
import { checkFactCheck } from './fact-checks';
import { checkFigures } from './figures';
import { checkFx } from './fx-check';
import { checkDuplicateRounds, checkIds } from './identity';
import type { FxTable } from './money-fields';
import { FX_PATH, placeFile } from './place';
import { problem, type Problem } from './problem';
import { prepareArticles, checkQuotes } from './quotes';
import { indexRecords, type CheckedRecord } from './record';
import { checkRefs } from './refs';
import { DATASETS, type Registry } from '../dataset/registry';
import { checkValuation } from './valuation';
import { checkShape } from './shape';
import { checkMarkup } from './markup';

/** What to validate: the project root, and optionally the files or folders to report on. */
export interface ValidateOptions {
  root: string;
  /** Files or folders, absolute or relative to root; the rest of data/ is still read as context. */
  only?: readonly string[];
  /** The datasets to check against; the registry by default. */
  registry?: Registry;
}

/** Every problem found, sorted by path, and how many files were checked. */
export interface ValidationResult {
  problems: Problem[];
  filesChecked: number;
  /** Every record file checked, with its schema output where it passed (for `bundleOf`). */
  records: readonly CheckedRecord[];
}

/** Reads data/ and content/articles/ under `root` and returns every data problem found. */
export function validateTree(options: ValidateOptions): ValidationResult {
  return checkTree(readTree(options.root, options.only, MAX_FILE_BYTES + 1), options.registry);
}

function guarded(path: string, problems: Problem[], check: () => Problem[]): void {
  try {
    problems.push(...check());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(problem(CheckCrashed, path, 'file', { reason }));
  }
}

/**
 * Problems one file can cause in another (a renamed company, a second copy of a round). With
 * `only`, these are reported wherever they land, as are exchange-table problems, so checking
 * one edited file never passes while the tree it joins would fail the build.
 */
const CROSS_RECORD = new Set([
  'UnknownCompany',
  'UnknownRecord',
  'UnknownConflict',
  'OneSidedConflict',
  'DuplicateId',
  'DuplicateRound',
  'DuplicateRoundCoarser',
]);

const recordKey = (r: CheckedRecord) => `${r.dataset.name}/${r.id}`;

/**
 * Returns every problem in files already read. A file named from outside data/ stands in for
 * the data/ record with the same dataset and id, so an edited copy is checked in its place.
 */
export function checkTree(input: TreeInput, registry: Registry = DATASETS): ValidationResult {
  const problems: Problem[] = [];
  const records: CheckedRecord[] = [];
  let fx: FxTable | undefined;
  let fxSeen = false;
  let filesChecked = 0;
  for (const file of input.files) {
    guarded(file.path, problems, () => {
      const place = placeFile(file, registry);
      if (place.kind === 'skip') return [];
      filesChecked++;
      const unreadable = file.readError ? decodeText(file) : undefined;
      if (unreadable && 'problem' in unreadable) return [unreadable.problem];
      if (place.kind === 'misplaced') return [place.problem];
      if (place.kind === 'fx') {
        const checked = checkFx(file);
        fxSeen = true;
        fx = checked.table ?? fx;
        return checked.problems;
      }
      const record: CheckedRecord = { ...place, path: file.path, inTree: file.inTree };
      records.push(record);
      const decoded = decodeRecord(file);
      if (!decoded.ok) return decoded.problems;
      record.raw = decoded.value;
      const shaped = checkShape(place.dataset.schema, decoded.value, file.path);
      if (!shaped.ok) return shaped.problems;
      record.value = shaped.value;
      return [];
    });
  }
  if (!fxSeen) problems.push(problem(FxMissing, FX_PATH, 'file', undefined));
  for (const file of input.refusedArticles ?? []) {
    const error = file.refused === 'symlink' ? SymlinkRefused : NotRegularFile;
    problems.push(problem(error, file.path, 'file', undefined));
  }

  const outside = new Set(records.filter((r) => !r.inTree).map(recordKey));
  const context = records.filter((r) => !r.inTree || !outside.has(recordKey(r)));
  const index = indexRecords(context);
  const targets = { articles: new Set(input.articles.keys()), records: index };
  const articles = prepareArticles(input.articles);
  problems.push(...checkIds(index), ...checkDuplicateRounds(context));
  for (const record of context) {
    guarded(record.path, problems, () => [
      ...checkMarkup(record),
      ...checkRefs(record, targets),
      ...checkQuotes(record, articles),
      ...checkValuation(record, fx),
      ...checkFigures(record, fx),
      ...checkConflicts(record, index),
      ...checkFactCheck(record, index, articles),
    ]);
  }

  const reported = input.only
    ? problems.filter(
        (p) => input.only!.has(p.path) || p.path === FX_PATH || CROSS_RECORD.has(p.code),
      )
    : problems;
  reported.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    problems: reported,
    filesChecked: input.only ? input.only.size : filesChecked,
    records,
  };
}
