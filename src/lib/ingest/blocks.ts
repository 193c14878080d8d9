import type { Block } from '../dedupe/types';

/** A block of a raw source with the line it starts on (1-based, in the whole file). */
export interface SourceBlock extends Block {
  line: number;
  /** True for a heading written with # marks in the source. */
  marked?: boolean;
}

const BLANK = /^\s*$/u;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\S/;
// Lines that are a block by themselves even without blank lines around them.
const OWN_LINE = [/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/, /^\s*-{3}END-{3}\s*$/, /^\s*\{:.*\}\s*$/];

/**
 * Returns the blocks of a source body: blank-line separated paragraphs, # headings (which end
 * a paragraph even without a blank line), runs of list items, and separator or attribute lines.
 * `firstLine` is the file line number of the body's first line.
 */
export function parseBlocks(body: string, firstLine = 1): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let current: { lines: string[]; line: number; list: boolean } | undefined;
  const flush = () => {
    if (!current) return;
    const text = current.lines.join('\n').trimEnd();
    blocks.push({ kind: current.list ? 'list' : 'paragraph', text, line: current.line });
    current = undefined;
  };
  body.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/u, '');
    const lineNo = firstLine + i;
    if (BLANK.test(line)) return flush();
    const heading = MD_HEADING.exec(line);
    if (heading) {
      flush();
      const [, marks = '#', text = ''] = heading;
      blocks.push({ kind: 'heading', text, level: marks.length, line: lineNo, marked: true });
      return;
    }
    if (OWN_LINE.some((re) => re.test(line))) {
      flush();
      blocks.push({ kind: 'paragraph', text: line.trim(), line: lineNo });
      return;
    }
    const item = LIST_ITEM.test(line);
    // A list item after prose (or prose after a list) starts a new block.
    if (current && item && !current.list) flush();
    if (current?.list && !item && !/^\s/.test(line)) flush();
    if (!current) current = { lines: [], line: lineNo, list: item };
    current.lines.push(current.list ? line : line.trim());
  });
  flush();
  return blocks;
}
