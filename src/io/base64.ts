// Base64 of bytes and back, alike in Node and in the browser (no Buffer): the standalone HTML's
// data: URLs (write-html.ts) and the committed model weights (src/learn/packed-weights.ts).

/** Standard base64, with padding. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Value of each base64 character code; 255 for anything else. */
const VALUE = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/**
 * The bytes of standard base64 `text`; errors start with `source` (the module reading it).
 * Decoded here rather than by atob, which is slow in Node and makes a string of the whole.
 */
export function base64ToBytes(text: string, source: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--; // '=' padding
  if (text.length % 4 !== 0 || text.length - end > 2) throw new Error(`${source}: bad base64 length`);
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let count = 0;
  let at = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUE[c]! : 255;
    if (v === 255) throw new Error(`${source}: bad base64 character at ${i}`);
    bits = (bits << 6) | v;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[at++] = (bits >>> count) & 255;
    }
  }
  return out;
}
