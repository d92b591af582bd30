// Bytes -> text, refusing what is not a text document: empty files and binary files (NUL
// bytes). Each refusal is an InputError whose message is the reason a user reads. A stray
// invalid byte (a Latin-1 letter pasted into UTF-8) does not lose the article: it is read as
// U+FFFD and the caller is told where it was.

/** Why an input (a file, or one line of a JSONL file) was skipped. */
export class InputError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InputError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/**
 * UTF-8 with each invalid sequence read as U+FFFD; `onInvalid` hears of the first one's byte
 * offset, once. Offsets into the text stay those of the decoded text, as for any document.
 */
export function decodeUtf8(bytes: Uint8Array, onInvalid?: (byte: number) => void): string {
  try {
    return utf8.decode(bytes);
  } catch {
    onInvalid?.(firstInvalidUtf8(bytes));
    return lossy.decode(bytes);
  }
}

/** The warning for a document read with U+FFFD in place of invalid bytes. */
export function invalidUtf8Warning(byte: number, of = ''): string {
  return `invalid UTF-8 at byte ${byte}${of}, read with U+FFFD in place of the bad bytes`;
}

/**
 * Decodes UTF-8 (a leading byte-order mark is dropped); throws InputError for non-text. Invalid
 * bytes become U+FFFD and `warn` gets one message naming the first one's offset.
 */
export function decodeText(bytes: Uint8Array, warn?: (message: string) => void): string {
  if (bytes.length === 0) throw new InputError('empty file');
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes)');
  const text = decodeUtf8(bytes, (byte) => warn?.(invalidUtf8Warning(byte)));
  if (text.trim() === '') throw new InputError('empty file (only whitespace)');
  return text;
}

/** Offset of the first byte that breaks UTF-8, so the message can point at it. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    if (len > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + len));
      } catch {
        return i;
      }
    }
    i += len;
  }
  return i;
}
