import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/lib/ingest/decode';
import { IngestError } from '../../../src/lib/ingest/errors';

const utf8 = (s: string) => new TextEncoder().encode(s);

function codeOf(bytes: Uint8Array): string | undefined {
  try {
    decodeSource(bytes, 'x.txt');
  } catch (err) {
    if (err instanceof IngestError) return err.code;
    throw err;
  }
  return undefined;
}

describe('decodeSource', () => {
  it('decodeSource drops a byte-order mark and turns CRLF into LF', () => {
    expect(decodeSource(utf8('\uFEFF本文\r\n次\r\n'), 'x.txt')).toBe('本文\n次\n');
  });

  it.each([
    ['Shift_JIS bytes', new Uint8Array([0x96, 0x7b, 0x95, 0xb6]), 'not-utf8'],
    ['a truncated UTF-8 sequence', new Uint8Array([0xe6, 0x9c]), 'not-utf8'],
    ['zero bytes', new Uint8Array([]), 'empty'],
    ['only whitespace', utf8(' \n\u3000\n'), 'empty'],
  ])('decodeSource rejects %s as %s', (_, bytes, code) => {
    expect(codeOf(bytes)).toBe(code);
  });
});
