/**
 * GitHub Actions annotations for validation problems: `::error file=…,line=…::` lines, so a pull
 * request shows each problem on the file and line it is about.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problem';

/** Returns the 1-based line a problem is about: its YAML position, its field's key, or 1. */
export function problemLine(problem: Problem, text: string | undefined): number {
  const fromMessage = /^line (\d+), column \d+/.exec(problem.message);
  if (fromMessage) return Number(fromMessage[1]);
  if (text === undefined || ['file', 'yaml', 'encoding', 'id', 'fx'].includes(problem.field)) {
    return 1;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const path = problem.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | null;
    if (node && typeof node === 'object' && node.range)
      return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

// GitHub's workflow-command escaping for property values and messages.
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Returns the `::error file=…,line=…,title=…::message` line for one problem. */
export function annotation(problem: Problem, line: number): string {
  const message = `${problem.field}: ${problem.message}${problem.hint ? ` (hint: ${problem.hint})` : ''}`;
  const props = `file=${escapeProperty(problem.path)},line=${line},title=${escapeProperty(problem.code)}`;
  return `::error ${props}::${escapeData(message)}`;
}
