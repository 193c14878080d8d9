import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv, type CsvCell } from '../../../src/lib/data/csv';

describe('csvCell', () => {
  it.each<[CsvCell, string]>([
    ['plain', 'plain'],
    ['150億ドル', '150億ドル'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [15000000000, '15000000000'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
    // Formula-like text is neutralised with a leading apostrophe (OWASP CSV injection).
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['+1+1', '"\'+1+1"'],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\t=1', '"\'\t=1"'],
    ['\r=1', '"\'\r=1"'],
    ['a=1', 'a=1'],
    [-5, '-5'],
  ])('csvCell(%j) is %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  const text = toCsv(
    ['id', 'note'],
    [
      ['a', 'x,y'],
      ['b', null],
    ],
  );

  it('toCsv starts with a UTF-8 byte-order mark', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(Uint8Array.from([0xef, 0xbb, 0xbf]));
  });

  it('toCsv ends every row, the last included, with CRLF', () => {
    expect(text).toBe(`${BOM}id,note\r\na,"x,y"\r\nb,\r\n`);
  });
});
