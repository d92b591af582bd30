// JSONL corpora: one `{id, text, title?, date?, url?}` object per line (Reuters lines also
// carry a `dateline`). Read as a stream of lines, never whole: a bad line is skipped with its
// number and the reason, and the lines around it still go through.
import type { SourceDocument } from '../model/extraction.js';
import { InputError, decodeUtf8, invalidUtf8Warning } from './read-bytes.js';
import { parseDate } from './dates.js';

export interface RawLine {
  /** 1-based line number. */
  line: number;
  bytes: Uint8Array;
  /** Set (to the line's length in bytes) when the line was longer than the limit: `bytes` is then empty. */
  tooLong?: number;
}

const EMPTY = Buffer.alloc(0);

/**
 * Splits a byte stream into lines (LF or CRLF) without decoding it. A line longer than
 * `maxLineBytes` is not kept: its bytes are counted and dropped as they stream past, and it
 * comes out as `{ tooLong }`, so one huge line (or a file without newlines) cannot fill memory.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes = Infinity): AsyncGenerator<RawLine> {
  let rest: Buffer = EMPTY;
  let line = 0;
  /** Bytes of an overlong line dropped so far (0: not dropping). */
  let dropped = 0;
  for await (const chunk of chunks) {
    const buf: Buffer =
      rest.length > 0 ? Buffer.concat([rest, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      const end = nl > start && buf[nl - 1] === 13 ? nl - 1 : nl;
      const length = dropped + end - start;
      if (dropped > 0 || length > maxLineBytes) yield { line: ++line, bytes: EMPTY, tooLong: length };
      else yield { line: ++line, bytes: buf.subarray(start, end) };
      dropped = 0;
      start = nl + 1;
    }
    if (dropped > 0 || buf.length - start > maxLineBytes) {
      dropped += buf.length - start;
      rest = EMPTY;
    } else {
      // Copy the tail, so the chunk it came from can be released.
      rest = Buffer.from(buf.subarray(start));
    }
  }
  if (dropped > 0) yield { line: ++line, bytes: EMPTY, tooLong: dropped };
  else if (rest.length > 0) {
    const end = rest[rest.length - 1] === 13 ? rest.length - 1 : rest.length;
    yield { line: ++line, bytes: rest.subarray(0, end) };
  }
}

/** "document too large (52.4 MB > 5 MB)": sizes in MB of 10^6 bytes, as the progress line. */
export function tooLarge(bytes: number, max: number): string {
  const mb = (n: number) => String(Number(n >= 1e6 ? (n / 1e6).toFixed(1) : (n / 1e6).toPrecision(2)));
  return `document too large (${mb(bytes)} MB > ${mb(max)} MB)`;
}

/**
 * One JSONL line -> a document; undefined for a blank line; InputError for a bad one. Invalid
 * UTF-8 is read as U+FFFD, and `warn` hears where.
 */
export function parseJsonlLine(bytes: Uint8Array, warn?: (message: string) => void): SourceDocument | undefined {
  if (bytes.includes(0)) throw new InputError('binary data (contains NUL bytes)');
  const text = decodeUtf8(bytes, (byte) => warn?.(invalidUtf8Warning(byte, ' of the line')));
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(`malformed JSON (${(err as Error).message})`);
  }
  return jsonlDocument(value);
}

export function jsonlDocument(value: unknown): SourceDocument {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new InputError('expected a JSON object {"id", "text", ...}');
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'number' ? String(o.id) : o.id;
  if (typeof id !== 'string' || id.trim() === '') throw new InputError('missing "id" (a non-empty string)');
  if (typeof o.text !== 'string') throw new InputError(`document "${id}": missing "text" (a string)`);
  if (o.text.trim() === '') throw new InputError(`document "${id}": empty "text"`);
  const doc: SourceDocument = { id, text: o.text };
  if (typeof o.title === 'string' && o.title.trim() !== '') doc.title = o.title.trim();
  // A dateline without a year ("SALVADOR, Feb 26") cannot date a document by itself.
  const date =
    parseDate(o.date) ?? (typeof o.dateline === 'string' ? parseDate(o.dateline.replace(/^[^,]*,\s*/, '')) : undefined);
  if (date) doc.date = date;
  if (typeof o.url === 'string' && o.url.trim() !== '') doc.url = o.url.trim();
  return doc;
}
