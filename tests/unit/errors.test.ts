import { describe, expect, it } from 'vitest';
import { AtlasError, defineError, isAtlasError } from '../../src/lib/errors';
import { ingestError } from '../../src/lib/ingest/errors';
import { parseMoney } from '../../src/lib/money/parse';
import { UnknownCompany } from '../../src/lib/validate/errors';

describe('the shared failure idiom', () => {
  it('defineError(entry) keeps the entry, whose message and hint fill in from parameters', () => {
    const entry = defineError<{ id: string }>({
      name: 'Example',
      message: ({ id }) => `no ${id}`,
      hint: ({ id }) => `add ${id}`,
    });
    expect([entry.name, entry.message({ id: 'x' }), entry.hint?.({ id: 'x' })]).toEqual([
      'Example',
      'no x',
      'add x',
    ]);
  });

  it('validate catalogue entries are shared ErrorData', () => {
    expect(UnknownCompany.message({ id: 'acme' })).toBe('no company `acme` in data/companies/');
  });

  it('an ingest error is an AtlasError with its catalogue code and hint', () => {
    const error = ingestError('empty', 'a.txt');
    expect(isAtlasError(error)).toBe(true);
    expect(error).toBeInstanceOf(AtlasError);
    expect([error.code, error.message, error.name]).toEqual([
      'empty',
      'a.txt: is empty.',
      'IngestError',
    ]);
    expect(error.hint).toMatch(/^A source needs article text/);
  });

  it('isAtlasError(crash) is false for an ordinary Error', () => {
    expect(isAtlasError(new Error('boom'))).toBe(false);
  });

  it('money parsing fails with the shared Result shape', () => {
    expect(parseMoney('')).toEqual({ ok: false, error: expect.stringContaining('empty amount') });
  });
});
