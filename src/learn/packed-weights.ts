// The committed form of a hashed model: its typed arrays as little-endian bytes in base64, so a
// weight file is one string that loads alike in Node and in the browser bundle (a JSON field or
// a string constant), and loading it is a byte copy: no feature string is parsed or hashed, and
// no object per feature is made for the collector to sweep. Written by the training scripts.
//
// Layout: "DGW1", feature count (u32), pair count (u32), weight width in bytes (u8: 2 or 4),
// then per feature its key lanes A, B (i32 each), then per feature its number of pairs (u8),
// then per pair its class (u8), then per pair its weight (i16 or i32).
import { base64ToBytes, bytesToBase64 } from '../io/base64.js';
import type { HashedWeights } from './hashed-perceptron.js';

const MAGIC = 'DGW1';
const HEADER = 13;

/** The base64 text of a hashed model's arrays (classes and scale are the caller's to store). */
export function packWeights(weights: HashedWeights): string {
  const count = weights.ends.length;
  const pairCount = weights.pairs.length / 2;
  let wide = false;
  for (let i = 1; i < weights.pairs.length; i += 2) {
    const w = weights.pairs[i]!;
    if (w < -32768 || w > 32767) wide = true;
  }
  const width = wide ? 4 : 2;
  const bytes = new Uint8Array(HEADER + 9 * count + (1 + width) * pairCount);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, count, true);
  view.setUint32(8, pairCount, true);
  bytes[12] = width;
  let at = HEADER;
  for (let i = 0; i < 2 * count; i++, at += 4) view.setInt32(at, weights.keys[i]!, true);
  let start = 0;
  for (let k = 0; k < count; k++) {
    const n = (weights.ends[k]! - start) / 2;
    if (!(n >= 0 && n <= 255)) throw new Error(`learn/packed-weights: feature ${k} has ${n} pairs (at most 255)`);
    bytes[at++] = n;
    start = weights.ends[k]!;
  }
  for (let i = 0; i < weights.pairs.length; i += 2) {
    const c = weights.pairs[i]!;
    if (!(c >= 0 && c <= 255)) throw new Error(`learn/packed-weights: class ${c} is over 255`);
    bytes[at++] = c;
  }
  for (let i = 1; i < weights.pairs.length; i += 2, at += width) {
    if (wide) view.setInt32(at, weights.pairs[i]!, true);
    else view.setInt16(at, weights.pairs[i]!, true);
  }
  return bytesToBase64(bytes);
}

/** The hashed model packed in `text`, with its classes and scale. */
export function unpackWeights(classes: readonly string[], scale: number, text: string): HashedWeights {
  const bytes = base64ToBytes(text, 'learn/packed-weights');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let magic = '';
  for (let i = 0; i < 4 && i < bytes.length; i++) magic += String.fromCharCode(bytes[i]!);
  if (magic !== MAGIC || bytes.length < HEADER) throw new Error('learn/packed-weights: not a packed model');
  const count = view.getUint32(4, true);
  const pairCount = view.getUint32(8, true);
  const width = bytes[12]!;
  if ((width !== 2 && width !== 4) || bytes.length !== HEADER + 9 * count + (1 + width) * pairCount) {
    throw new Error(`learn/packed-weights: ${bytes.length} bytes do not hold ${count} features and ${pairCount} pairs`);
  }
  const keys = new Int32Array(2 * count);
  let at = HEADER;
  for (let i = 0; i < 2 * count; i++, at += 4) keys[i] = view.getInt32(at, true);
  const ends = new Int32Array(count);
  let end = 0;
  for (let k = 0; k < count; k++) ends[k] = end += 2 * bytes[at++]!;
  if (end !== 2 * pairCount) throw new Error('learn/packed-weights: pair counts do not add up');
  const pairs = new Int32Array(2 * pairCount);
  for (let i = 0; i < pairCount; i++) pairs[2 * i] = bytes[at++]!;
  for (let i = 0; i < pairCount; i++, at += width) {
    pairs[2 * i + 1] = width === 2 ? view.getInt16(at, true) : view.getInt32(at, true);
  }
  return { classes, scale, keys, ends, pairs };
}

/** A committed weight file: what the model is, and its packed arrays. */
export interface PackedModel {
  about?: string;
  classes: string[];
  scale: number;
  /** Number of features (for the reader: the packed arrays hold them). */
  featureCount: number;
  packed: string;
}

export function loadPackedModel(model: PackedModel): HashedWeights {
  const weights = unpackWeights(model.classes, model.scale, model.packed);
  if (weights.ends.length !== model.featureCount) {
    throw new Error(`learn/packed-weights: ${weights.ends.length} features, the file says ${model.featureCount}`);
  }
  return weights;
}
