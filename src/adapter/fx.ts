import fxText from '../../data/fx-rates.yaml?raw';
import { loadFxTable, type FxTable } from '../lib/money/fx';

let cached: FxTable | undefined;

/** Returns data/fx-rates.yaml parsed and validated, once per build (the build's only FX load). */
export function fxTable(): FxTable {
  // The dev server keeps modules alive across edits, so only a build may reuse the result.
  if (import.meta.env.DEV) cached = undefined;
  cached ??= loadFxTable(fxText);
  return cached;
}
