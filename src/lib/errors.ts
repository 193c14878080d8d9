/**
 * The one failure idiom of the library, shared by money, validate and ingest. An expected
 * failure is a catalogue entry (`ErrorData`: a name, a message and a hint that fill in from
 * parameters); code that returns failures returns a `Result`; code that throws one to a CLI
 * throws an `AtlasError`, recognised by `isAtlasError`. Where the failure is (file, field) is
 * added by whoever reports it, so an error reads the same in every tool.
 */

/** One kind of user-facing error; `name` doubles as its machine-readable code. */
export interface ErrorData<P> {
  name: string;
  message: (params: P) => string;
  hint?: (params: P) => string | undefined;
}

/** Returns a catalogue entry unchanged, checking its parameter type where it is declared. */
export function defineError<P = void>(error: ErrorData<P>): ErrorData<P> {
  return error;
}

/** The outcome of an operation that can fail in an expected way: a value, or an error. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** An error meant for a person: `code` names the catalogue entry, `hint` says how to fix it. */
export class AtlasError extends Error {
  readonly code: string;
  readonly hint: string | undefined;

  constructor(code: string, message: string, hint?: string) {
    super(message);
    this.name = 'AtlasError';
    this.code = code;
    this.hint = hint;
  }
}

/** Returns whether `error` is a user-facing AtlasError (of any library) rather than a crash. */
export function isAtlasError(error: unknown): error is AtlasError {
  return error instanceof AtlasError;
}
