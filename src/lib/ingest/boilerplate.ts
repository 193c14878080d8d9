import type { SourceBlock } from './blocks';
import { RULES, type BoilerplateKind } from './boilerplate-rules';

/** A run of blocks removed as boilerplate, with its full text (for reports and coverage checks). */
export interface RemovedBlock {
  kind: BoilerplateKind;
  text: string;
  /** File line number where the run starts. */
  line: number;
}

/** Kept blocks and the boilerplate runs taken out of them. */
export interface Cleaned {
  blocks: SourceBlock[];
  removed: RemovedBlock[];
}

/** Returns a removed run covering `count` blocks from blocks[i]. */
export function removedRun(
  kind: BoilerplateKind,
  blocks: SourceBlock[],
  i: number,
  count = 1,
): RemovedBlock {
  const run = blocks.slice(i, i + count);
  return { kind, text: run.map((b) => b.text).join('\n'), line: run[0]?.line ?? 0 };
}

/** Returns the blocks without boilerplate (see RULES), and each removed run in source order. */
export function removeBoilerplate(blocks: SourceBlock[]): Cleaned {
  const kept: SourceBlock[] = [];
  const removed: RemovedBlock[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    const text = block.text.trim();
    const rule = RULES.find((r) => r.starts(text, block));
    const count = rule ? (rule.extent?.(blocks, i) ?? 1) : 0;
    if (rule && count > 0) {
      removed.push(removedRun(rule.kind, blocks, i, count));
      i += count;
    } else {
      kept.push(block);
      i++;
    }
  }
  return { blocks: kept, removed };
}
