import { NotYamlFile, UnknownDatasetFolder } from './errors';
import { NestedFolder, NotRegularFile, SymlinkRefused } from './errors-input';
import { DATASETS, type DatasetInfo, type Registry } from '../dataset/registry';
import type { LoadedFile } from './read';
import { problem, type Problem } from './problem';
import { closest } from './suggest';

/** Where a file belongs: a record of a dataset, the FX table, a file to skip, or nowhere. */
export type Placement =
  | { kind: 'record'; dataset: DatasetInfo; id: string }
  | { kind: 'fx' }
  | { kind: 'skip' }
  | { kind: 'misplaced'; problem: Problem };

/** Project-relative path of the exchange-rate table. */
export const FX_PATH = 'data/fx-rates.yaml';

/**
 * Places a file by its path. Under data/ the first folder names the dataset and records sit
 * directly in it (no sub-folders); a file named outside data/ belongs to the dataset its parent
 * folder is named after. Links and special files are refused wherever they are.
 */
export function placeFile(file: LoadedFile, registry: Registry = DATASETS): Placement {
  const parts = file.path.split(/[\\/]/);
  const name = parts.at(-1)!;
  if (file.refused) {
    const error = file.refused === 'symlink' ? SymlinkRefused : NotRegularFile;
    return { kind: 'misplaced', problem: problem(error, file.path, 'file', undefined) };
  }
  if (file.inTree && file.path === 'data/README.md') return { kind: 'skip' };
  if (file.inTree ? file.path === FX_PATH : name === 'fx-rates.yaml') return { kind: 'fx' };
  const folder = (file.inTree ? parts[1] : parts.at(-2)) ?? '';
  const dataset = registry.find((d) => d.name === folder);
  if (!dataset || (file.inTree && parts.length < 3)) {
    const shown = file.inTree && parts.length < 3 ? '(none)' : folder;
    const params = {
      folder: shown,
      suggestion: closest(
        folder,
        registry.map((d) => d.name),
      ),
    };
    return { kind: 'misplaced', problem: problem(UnknownDatasetFolder, file.path, 'file', params) };
  }
  if (file.inTree && parts.length > 3) {
    const params = { folder: dataset.name };
    return { kind: 'misplaced', problem: problem(NestedFolder, file.path, 'file', params) };
  }
  if (!name.endsWith('.yaml')) {
    return { kind: 'misplaced', problem: problem(NotYamlFile, file.path, 'file', undefined) };
  }
  return { kind: 'record', dataset, id: name.slice(0, -'.yaml'.length) };
}
