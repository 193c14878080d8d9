import type { DataBundle } from '../lib/dataset/bundle';
import { projectRoot, validatedData } from '../lib/dataset/project-root';
import { readDataBundle } from '../lib/validate/read-bundle';

let cached: Promise<DataBundle> | undefined;

/** Returns every registered dataset's records with their ids, sorted by id; loaded once per build. */
export function loadData(): Promise<DataBundle> {
  // The dev server keeps modules alive across edits, so only a build may reuse the result.
  // A build takes the records its validation parsed; the dev server reads data/ afresh.
  if (import.meta.env.DEV) cached = undefined;
  cached ??= Promise.resolve().then(
    () => (import.meta.env.DEV ? undefined : validatedData()) ?? readDataBundle(projectRoot()),
  );
  return cached;
}
