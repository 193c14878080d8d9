import { loadData } from './data';
import type { CheckRecord } from '../lib/checks/select';

/** Returns every fact check (data/checks/) with its id, sorted by id; loaded once per build. */
export async function loadChecks(): Promise<CheckRecord[]> {
  return (await loadData()).checks as CheckRecord[];
}
