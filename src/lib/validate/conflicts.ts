import { OneSidedConflict, SelfConflict, UnknownConflict } from './errors';
import { problem, type Problem } from './problem';
import { stringsAt, type CheckedRecord, type RecordIndex } from './record';
import { closest } from './suggest';

/** Checks that conflicts_with names other records of the same dataset that name this one back. */
export function checkConflicts(record: CheckedRecord, index: RecordIndex): Problem[] {
  const byId = index.get(record.dataset.name) ?? new Map<string, CheckedRecord[]>();
  return stringsAt(record.raw, 'conflicts_with').flatMap(([field, id]): Problem[] => {
    if (id === record.id) return [problem(SelfConflict, record.path, field, undefined)];
    const others = byId.get(id);
    if (!others) {
      const params = { id, dataset: record.dataset.name, suggestion: closest(id, byId.keys()) };
      return [problem(UnknownConflict, record.path, field, params)];
    }
    return others
      .filter(
        (other) => !stringsAt(other.raw, 'conflicts_with').some(([, back]) => back === record.id),
      )
      .map((other) =>
        problem(OneSidedConflict, record.path, field, {
          id,
          self: record.id,
          otherPath: other.path,
        }),
      );
  });
}
