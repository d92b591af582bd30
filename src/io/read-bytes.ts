// Bytes -> text, refusing what is not a text document: empty files, binary files (NUL bytes)
// and invalid UTF-8. Each refusal is an InputError whose message is the reason a user reads.

/** Why an input (a file, or one line of a JSONL file) was skipped. */
export class InputError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InputError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 (a leading byte-order mark is dropped); throws InputError for non-text. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty file');
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(`invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
  }
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
