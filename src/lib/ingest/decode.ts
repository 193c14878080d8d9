import { ingestError } from './errors';

/**
 * Returns the text of a source file decoded as strict UTF-8, without a byte-order mark and
 * with \n line ends; throws IngestError 'not-utf8' or 'empty' (no text beyond whitespace).
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw ingestError('not-utf8', file);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw ingestError('empty', file);
  return text;
}
