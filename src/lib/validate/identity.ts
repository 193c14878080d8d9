import { DuplicateId, DuplicateRound, InvalidId } from './errors';
import { problem, type Problem } from './problem';
import type { CheckedRecord, RecordIndex } from './record';
import { isMoney } from '../money/guard';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Checks that ids (file names) are slugs and unique within their dataset, sub-folders included. */
export function checkIds(index: RecordIndex): Problem[] {
  const problems: Problem[] = [];
  for (const byId of index.values()) {
    for (const [id, records] of byId) {
      for (const record of records) {
        if (!(record.dataset.idPattern ?? ID).test(id)) {
          problems.push(problem(InvalidId, record.path, 'id', { id }));
        }
        for (const other of records) {
          if (other !== record) {
            problems.push(problem(DuplicateId, record.path, 'id', { other: other.path }));
          }
        }
      }
    }
  }
  return problems;
}

function roundKey(record: CheckedRecord): string | undefined {
  const value = record.value;
  if (!value || !isMoney(value.amount)) return undefined;
  const { currency, min, max } = value.amount;
  return JSON.stringify([value.company, value.date, currency, min, max]);
}

/** Checks that no funding round is recorded twice (same company, date and amount). */
export function checkDuplicateRounds(records: readonly CheckedRecord[]): Problem[] {
  const byKey = new Map<string, CheckedRecord[]>();
  for (const record of records) {
    const key = record.dataset.name === 'funding-rounds' ? roundKey(record) : undefined;
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), record]);
  }
  return [...byKey.values()].flatMap((group) =>
    group.flatMap((record) =>
      group
        .filter((other) => other !== record)
        .map((other) => problem(DuplicateRound, record.path, 'id', { other: other.path })),
    ),
  );
}
