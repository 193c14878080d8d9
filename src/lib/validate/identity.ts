import { DuplicateId, DuplicateRound, InvalidId } from './errors';
import { DuplicateRoundCoarser } from './errors-input';
import { problem, type Problem } from './problem';
import type { CheckedRecord, RecordIndex } from './record';
import { isMoney } from '../money/guard';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Names the other members of a group as one phrase: the first one, and how many more. */
function others(group: readonly CheckedRecord[], record: CheckedRecord): string {
  const first = group.find((other) => other !== record)!;
  const more = group.length - 2;
  return more > 0 ? `${first.path} and ${more} more` : first.path;
}

/**
 * Checks that ids (file names) are slugs and unique within their dataset. A file whose id is
 * shared gets one problem naming another holder, so n copies give n problems, not n².
 */
export function checkIds(index: RecordIndex): Problem[] {
  const problems: Problem[] = [];
  for (const byId of index.values()) {
    for (const [id, records] of byId) {
      for (const record of records) {
        if (!(record.dataset.idPattern ?? ID).test(id)) {
          problems.push(problem(InvalidId, record.path, 'id', { id }));
        }
        if (records.length > 1) {
          problems.push(
            problem(DuplicateId, record.path, 'id', { other: others(records, record) }),
          );
        }
      }
    }
  }
  return problems;
}

function amountKey(record: CheckedRecord): string | undefined {
  const value = record.value;
  if (record.dataset.name !== 'funding-rounds' || !value || !isMoney(value.amount))
    return undefined;
  const { currency, min, max } = value.amount;
  return JSON.stringify([value.company, currency, min, max]);
}

const dateOf = (record: CheckedRecord) => String(record.value?.date ?? '');

/**
 * Checks that no funding round is recorded twice: same company, amount and date (one problem
 * per file), or the same company and amount with one date a coarser form of the other
 * (2025-11 and 2025-11-05; reported on the coarser record).
 */
export function checkDuplicateRounds(records: readonly CheckedRecord[]): Problem[] {
  const byAmount = new Map<string, Map<string, CheckedRecord[]>>();
  for (const record of records) {
    const key = amountKey(record);
    if (!key) continue;
    const byDate = byAmount.get(key) ?? new Map<string, CheckedRecord[]>();
    byAmount.set(key, byDate);
    const same = byDate.get(dateOf(record));
    if (same) same.push(record);
    else byDate.set(dateOf(record), [record]);
  }
  const problems: Problem[] = [];
  for (const byDate of byAmount.values()) {
    for (const [date, group] of byDate) {
      for (const record of group) {
        if (group.length > 1) {
          problems.push(
            problem(DuplicateRound, record.path, 'id', { other: others(group, record) }),
          );
        }
      }
      const finer = [...byDate.keys()].find((d) => d !== date && d.startsWith(`${date}-`));
      if (finer === undefined) continue;
      const other = byDate.get(finer)![0]!;
      for (const record of group) {
        const params = { other: other.path, date, otherDate: finer };
        problems.push(problem(DuplicateRoundCoarser, record.path, 'date', params));
      }
    }
  }
  return problems;
}
