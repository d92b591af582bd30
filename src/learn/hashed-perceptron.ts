// The fast runtime form of a perceptron model. Training and the committed weights name each
// feature by a readable string, "template part part" ("t1w NN minister": previous tag NN, this
// word "minister"); here every feature is a 64-bit key folded from the hashes of those pieces,
// so a tagger can compute keys from the characters of its words and the ids of its tags
// without building a string per feature, and find the weights with an integer probe.
//
// The key of a string feature is the fold of its space-separated pieces, in order, so
// `featureKey('t1w NN minister')` equals the key a tagger folds from the template "t1w", the
// tag "NN" and the characters of "minister". Two independent 32-bit lanes make a false match
// a 64-bit coincidence.
import type { PerceptronWeights } from './perceptron.js';

const SEED_A = 0x811c9dc5 | 0;
const SEED_B = 0x3c6ef372 | 0;

/** Lane B of the last `hashPart` call (lane A is its return value): no allocation per call. */
let partB = 0;

/** Hash of the characters `text[from..to)` in lane A; lane B is then read with `lastPartB()`. */
export function hashPart(text: string, from = 0, to = text.length): number {
  let a = SEED_A;
  let b = SEED_B;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  partB = b;
  return a;
}

export function lastPartB(): number {
  return partB;
}

/** Folds one piece's lane-A hash into a key's lane A (order matters: "t12 NN DT" is not "t12 DT NN"). */
export function foldA(key: number, part: number): number {
  const h = Math.imul(key ^ part, 0x9e3779b1);
  return h ^ (h >>> 16);
}

export function foldB(key: number, part: number): number {
  const h = Math.imul(key ^ part, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Lane A of the key of a template before any part is folded in. */
export function templateA(name: string): number {
  return foldA(SEED_A, hashPart(name));
}

export function templateB(name: string): number {
  hashPart(name);
  return foldB(SEED_B, partB);
}

/** The two lanes of a whole feature string: what `HashedPerceptron` stores for it. */
export function featureKey(feature: string): [number, number] {
  let a = SEED_A;
  let b = SEED_B;
  let from = 0;
  for (;;) {
    let to = feature.indexOf(' ', from);
    if (to < 0) to = feature.length;
    a = foldA(a, hashPart(feature, from, to));
    b = foldB(b, partB);
    if (to === feature.length) return [a, b];
    from = to + 1;
  }
}

/**
 * A model with its features already hashed: what the committed weight files hold (see
 * packed-weights.ts), so loading one computes no hash and builds no string.
 */
export interface HashedWeights {
  classes: readonly string[];
  scale: number;
  /** Key lanes of feature k: A at 2k, B at 2k + 1. */
  keys: Int32Array;
  /** End of feature k's pairs in `pairs` (its start is the previous feature's end, or 0). */
  ends: Int32Array;
  /** Class, weight, class, weight, ... of every feature, one after another. */
  pairs: Int32Array;
}

/** The hashed form of weights keyed by feature strings (in their order), each class checked. */
export function hashWeights(weights: PerceptronWeights): HashedWeights {
  const entries = Object.entries(weights.features);
  let total = 0;
  for (const [, row] of entries) total += row.length;
  const keys = new Int32Array(2 * entries.length);
  const ends = new Int32Array(entries.length);
  const pairs = new Int32Array(total);
  let next = 0;
  entries.forEach(([feature, row], k) => {
    const [a, b] = featureKey(feature);
    keys[2 * k] = a;
    keys[2 * k + 1] = b;
    for (let i = 0; i < row.length; i += 2) {
      const c = row[i]!;
      if (!(Number.isInteger(c) && c >= 0 && c < weights.classes.length)) {
        throw new Error(`learn/hashed-perceptron: feature ${JSON.stringify(feature)} names class ${c}`);
      }
      pairs[next++] = c;
      pairs[next++] = row[i + 1]!;
    }
    ends[k] = next;
  });
  return { classes: weights.classes, scale: weights.scale, keys, ends, pairs };
}

/**
 * A loaded model keyed by hashed features: an open-addressing table of typed arrays.
 * Use: `clear()`, then `add(a, b)` per feature of the example, then `best()`.
 */
export class HashedPerceptron {
  readonly classes: readonly string[];
  /** Scores of the current example (integers: weights are stored scaled). */
  readonly scores: Int32Array;
  private readonly mask: number;
  /**
   * Per slot, side by side so one probe touches one cache line: key lane A, key lane B, start
   * of the feature's pairs (-1: empty slot), end of its pairs.
   */
  private readonly slots: Int32Array;
  /** Class, weight, class, weight, ... of every feature, one after another. */
  private readonly pairs: Int32Array;

  /** From hashed weights (as committed), or from weights keyed by feature strings (as trained). */
  constructor(weights: HashedWeights | PerceptronWeights) {
    if (!Array.isArray(weights.classes) || weights.classes.length === 0) {
      throw new Error('learn/hashed-perceptron: a model needs at least one class');
    }
    const { classes, keys, ends, pairs } = 'features' in weights ? hashWeights(weights) : weights;
    this.classes = classes;
    this.scores = new Int32Array(classes.length);
    const count = ends.length;
    if (keys.length !== 2 * count || (count > 0 && ends[count - 1] !== pairs.length)) {
      throw new Error('learn/hashed-perceptron: keys, ends and pairs do not agree');
    }
    for (let i = 0; i < pairs.length; i += 2) {
      const c = pairs[i]!;
      if (!(c >= 0 && c < classes.length)) throw new Error(`learn/hashed-perceptron: a weight names class ${c}`);
    }
    // Load at most 1/4: an unknown feature (most lookups) stops at an empty slot in 1-2 probes.
    let capacity = 16;
    while (capacity < count * 4) capacity *= 2;
    this.mask = capacity - 1;
    const slots = new Int32Array(capacity * 4);
    for (let s = 0; s < capacity; s++) slots[4 * s + 2] = -1;
    let start = 0;
    for (let k = 0; k < count; k++) {
      const a = keys[2 * k]!;
      const b = keys[2 * k + 1]!;
      const end = ends[k]!;
      if (end < start || (end - start) % 2 !== 0)
        throw new Error(`learn/hashed-perceptron: feature ${k} ends at ${end}`);
      let slot = a & this.mask;
      while (slots[4 * slot + 2] !== -1) {
        if (slots[4 * slot] === a && slots[4 * slot + 1] === b) {
          throw new Error(`learn/hashed-perceptron: features ${k} and another share one key`);
        }
        slot = (slot + 1) & this.mask;
      }
      slots[4 * slot] = a;
      slots[4 * slot + 1] = b;
      slots[4 * slot + 2] = start;
      slots[4 * slot + 3] = end;
      start = end;
    }
    this.slots = slots;
    this.pairs = pairs;
  }

  clear(): void {
    this.scores.fill(0);
  }

  /** Adds the weights of the feature with key lanes (a, b), if the model knows it. */
  add(a: number, b: number): void {
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const start = slots[at + 2]!;
      if (start === -1) return;
      if (slots[at] === a && slots[at + 1] === b) {
        const end = slots[at + 3]!;
        const scores = this.scores;
        const pairs = this.pairs;
        for (let k = start; k < end; k += 2) scores[pairs[k]!]! += pairs[k + 1]!;
        return;
      }
    }
  }

  /**
   * Index of the best-scoring class; ties go to the lower index, as in `Perceptron.predict`.
   * `allowed`, when given, is a row of 0/1 per class starting at `offset` (a transition table).
   */
  best(allowed?: Uint8Array, offset = 0): number {
    const scores = this.scores;
    let best = -1;
    for (let c = 0; c < scores.length; c++) {
      if (allowed && allowed[offset + c] === 0) continue;
      if (best < 0 || scores[c]! > scores[best]!) best = c;
    }
    return best < 0 ? 0 : best;
  }
}
