import { describe, expect, it } from 'vitest';
import { annotation, problemLine } from '../../../src/lib/validate/annotate';
import type { Problem } from '../../../src/lib/validate/problem';

const TEXT = `company: x\nstatus: closed\nsources:\n  - article: a\n    quote: q\n`;
const at = (field: string, message = 'm'): Problem => ({
  path: 'data/x/y.yaml',
  field,
  code: 'C',
  message,
});

describe('problemLine', () => {
  it.each([
    ['status', 2],
    ['sources.0.quote', 5],
    ['sources.0.article', 4],
    ['sources.3.quote', 4],
    ['file', 1],
  ])('puts %s on line %i', (field, line) => {
    expect(problemLine(at(field), TEXT)).toBe(line);
  });

  it('takes the line from a YAML syntax message', () => {
    expect(problemLine(at('yaml', 'line 7, column 2: bad'), TEXT)).toBe(7);
  });
});

describe('annotation', () => {
  it('is a GitHub ::error command with escaped properties and message', () => {
    const p = { ...at('notes', 'a: b, 50%\nnext'), path: 'data/a,b.yaml', hint: 'h' };
    expect(annotation(p, 3)).toBe(
      '::error file=data/a%2Cb.yaml,line=3,title=C::notes: a: b, 50%25%0Anext (hint: h)',
    );
  });
});
