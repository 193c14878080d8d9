import { FxInvalid } from './errors';
import type { LoadedFile } from './read';
import { loadFxTable } from '../money/fx';
import { decodeText } from './decode';
import { problem, type Problem } from './problem';
import type { FxTable } from './money-fields';

/** Loads the exchange-rate table with the money library, reporting why it cannot be used. */
export function checkFx(file: LoadedFile): { table?: FxTable; problems: Problem[] } {
  const text = decodeText(file);
  if ('problem' in text) return { problems: [text.problem] };
  try {
    return { table: loadFxTable(text.text), problems: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The loader lists its issues over several lines; a report line holds one problem.
    const reason = message.replace(/\s+/g, ' ').trim();
    return { problems: [problem(FxInvalid, file.path, 'fx', { reason })] };
  }
}
