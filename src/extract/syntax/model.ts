// The runtime tagger and chunker: the features of features.ts computed as hashed keys from the
// characters of each word, into typed scratch arrays reused from sentence to sentence, so a
// word costs a few integer probes and no strings. Weights come from the caller (index.ts
// loads the committed ones; the training script passes fresh ones).
import {
  HashedPerceptron,
  type HashedWeights,
  foldA,
  foldB,
  hashPart,
  lastPartB,
  templateA,
  templateB,
} from '../../learn/hashed-perceptron.js';
import type { PerceptronWeights } from '../../learn/perceptron.js';
import { DIGITS, END, END2, SHAPE_RUN, START, START2, YEAR, isDigitCode, normWord, shapeCode } from './features.js';
import type { FeatureWord } from './features.js';
import type { ChunkType } from './types.js';

/** A perceptron's weights: hashed (as committed) or keyed by feature strings (as trained). */
export type ModelWeights = HashedWeights | PerceptronWeights;

/** The tagger's weights: the perceptron, and the words it always tags one way. */
export type PosWeights = ModelWeights & {
  /** Frequent unambiguous words and their tag ("the": "DT"); the model is not asked about them. */
  tagdict: Record<string, string>;
};

/** Lanes of one piece (a word, a tag): what `hashPart` gives, kept as a pair. */
function lanes(piece: string): [number, number] {
  const a = hashPart(piece);
  return [a, lastPartB()];
}

/** Template lanes by name, so feature code reads like features.ts. */
function templates<T extends string>(names: readonly T[]): Record<T, [number, number]> {
  const out = {} as Record<T, [number, number]>;
  for (const n of names) out[n] = [templateA(n), templateB(n)];
  return out;
}

const POS_TEMPLATES = templates([
  'b',
  'w',
  's1',
  's2',
  's3',
  'p1',
  'sh',
  't1',
  't2',
  't12',
  't1w',
  'w-1',
  's3-1',
  'sh-1',
  'w+1',
  's3+1',
  'sh+1',
] as const);

const CHUNK_TEMPLATES = templates([
  'b',
  'w',
  'p',
  'p-1',
  'p-2',
  'p+1',
  'p+2',
  'pp-1',
  'pp+1',
  'ppp',
  'pp-2',
  'w-1',
  'w+1',
  'wp+1',
  'c1',
  'c12',
  'c1p',
  'c1pp',
  'c1w',
] as const);

const [YEAR_A, YEAR_B] = lanes(YEAR);
const [DIGITS_A, DIGITS_B] = lanes(DIGITS);
// Placeholders at padded positions -2, -1, n, n+1 (see PAD).
const EDGE = [START2, START, END, END2].map(lanes);

/** Scratch arrays are indexed from PAD so positions -2..n+1 need no bounds checks. */
const PAD = 2;

/** Lanes of the shape of `text` (same as `lanes(shape(text))`, without building the shape). */
function shapeLanes(text: string, out: Int32Array, at: number): void {
  let a = 0x811c9dc5 | 0;
  let b = 0x3c6ef372 | 0;
  let prev = -1;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = shapeCode(text, i);
    run = c === prev ? run + 1 : 1;
    prev = c;
    if (run > SHAPE_RUN) continue;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  out[at] = a;
  out[at + 1] = b;
}

/** Grows with the longest sentence seen; each array holds lane pairs (A at 2k, B at 2k+1). */
class Scratch {
  size = 0;
  w = new Int32Array(0);
  s1 = new Int32Array(0);
  s2 = new Int32Array(0);
  s3 = new Int32Array(0);
  p1 = new Int32Array(0);
  sh = new Int32Array(0);
  /** Part-of-speech lanes of each word (with placeholders), for the chunker. */
  p = new Int32Array(0);
  tags = new Int32Array(0);
  chunks = new Int32Array(0);

  ensure(n: number): void {
    if (n + 2 * PAD <= this.size) return;
    let size = Math.max(64, this.size);
    while (size < n + 2 * PAD) size *= 2;
    this.size = size;
    for (const key of ['w', 's1', 's2', 's3', 'p1', 'sh', 'p'] as const) this[key] = new Int32Array(2 * size);
    this.tags = new Int32Array(size);
    this.chunks = new Int32Array(size);
  }
}

export class SyntaxModel {
  readonly posClasses: readonly string[];
  readonly chunkClasses: readonly string[];
  /** Per chunk class: its phrase type ("B-NP" -> "NP", "O" -> "O"), and 1 where it begins a phrase (B-). */
  readonly chunkTypes: readonly ChunkType[];
  readonly chunkBegins: Uint8Array;
  private readonly pos: HashedPerceptron;
  private readonly chunk: HashedPerceptron;
  private readonly tagdict: Map<string, number>;
  /** Lanes of each POS class, then START, START2, END, END2. */
  private readonly posLanes: Int32Array;
  private readonly chunkLanes: Int32Array;
  /** allowed[prev * n + c]: chunk class c may follow prev (prev = n is the sentence start). */
  private readonly allowed: Uint8Array;
  private readonly scratch = new Scratch();

  constructor(pos: PosWeights, chunk: ModelWeights) {
    this.pos = new HashedPerceptron(pos);
    this.chunk = new HashedPerceptron(chunk);
    this.posClasses = pos.classes;
    this.chunkClasses = chunk.classes;
    this.chunkTypes = chunk.classes.map(chunkType);
    this.chunkBegins = Uint8Array.from(chunk.classes, (c) => (c.startsWith('B-') ? 1 : 0));
    this.tagdict = new Map();
    for (const [word, tag] of Object.entries(pos.tagdict)) {
      const c = pos.classes.indexOf(tag);
      if (c < 0) throw new Error(`syntax: tag dictionary gives ${JSON.stringify(word)} the unknown tag ${tag}`);
      this.tagdict.set(word, c);
    }
    this.posLanes = laneTable([...pos.classes, START, START2, END, END2]);
    this.chunkLanes = laneTable([...chunk.classes, START, START2]);
    const n = chunk.classes.length;
    this.allowed = new Uint8Array((n + 1) * n);
    for (let prev = 0; prev <= n; prev++) {
      const before = prev < n ? chunk.classes[prev]! : 'O';
      for (let c = 0; c < n; c++) {
        const name = chunk.classes[c]!;
        const ok = !name.startsWith('I-') || (before !== 'O' && before.slice(2) === name.slice(2));
        this.allowed[prev * n + c] = ok ? 1 : 0;
      }
    }
  }

  /** Part-of-speech tags of these words (treebank-style words: "do", "n't", "U.S.-led"). */
  tagWords(words: readonly FeatureWord[]): string[] {
    this.prepare(words);
    this.tagPrepared(words);
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) out.push(this.posClasses[this.scratch.tags[i]!]!);
    return out;
  }

  /** BIO chunk tags of these words given their tags ("B-NP", "I-VP", "O"). */
  chunkWords(words: readonly FeatureWord[], tags: readonly string[]): string[] {
    this.prepare(words);
    for (let i = 0; i < words.length; i++) {
      const c = this.posClasses.indexOf(tags[i]!);
      if (c < 0) throw new Error(`syntax: unknown part-of-speech tag ${JSON.stringify(tags[i])}`);
      this.scratch.tags[i] = c;
    }
    this.chunkPrepared(words.length);
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) out.push(this.chunkClasses[this.scratch.chunks[i]!]!);
    return out;
  }

  /**
   * Tags and chunks in one pass; results are class indexes in `tags` and `chunks` (views of
   * scratch arrays, valid until the next call).
   */
  run(words: readonly FeatureWord[]): { tags: Int32Array; chunks: Int32Array } {
    this.prepare(words);
    this.tagPrepared(words);
    this.chunkPrepared(words.length);
    return { tags: this.scratch.tags, chunks: this.scratch.chunks };
  }

  /** Word-level lanes: the word feature, suffixes, first character, shape; placeholders around. */
  private prepare(words: readonly FeatureWord[]): void {
    const n = words.length;
    const s = this.scratch;
    s.ensure(n);
    for (let i = 0; i < n; i++) {
      const { text, lower } = words[i]!;
      const at = 2 * (i + PAD);
      const c0 = lower.charCodeAt(0);
      if (isDigitCode(c0)) {
        const year = normWord(lower) === YEAR;
        s.w[at] = year ? YEAR_A : DIGITS_A;
        s.w[at + 1] = year ? YEAR_B : DIGITS_B;
      } else {
        s.w[at] = hashPart(lower);
        s.w[at + 1] = lastPartB();
      }
      const len = lower.length;
      s.s1[at] = hashPart(lower, len > 1 ? len - 1 : 0, len);
      s.s1[at + 1] = lastPartB();
      s.s2[at] = hashPart(lower, len > 2 ? len - 2 : 0, len);
      s.s2[at + 1] = lastPartB();
      s.s3[at] = hashPart(lower, len > 3 ? len - 3 : 0, len);
      s.s3[at + 1] = lastPartB();
      s.p1[at] = hashPart(text, 0, 1);
      s.p1[at + 1] = lastPartB();
      shapeLanes(text, s.sh, at);
    }
    // Positions -2, -1, n, n+1: START2, START, END, END2 for words, suffixes and shapes alike.
    const edges = [-2, -1, n, n + 1];
    for (let e = 0; e < 4; e++) {
      const at = 2 * (edges[e]! + PAD);
      const [a, b] = EDGE[e]!;
      for (const arr of [s.w, s.s3, s.sh]) {
        arr[at] = a;
        arr[at + 1] = b;
      }
    }
  }

  private tagPrepared(words: readonly FeatureWord[]): void {
    const n = words.length;
    const s = this.scratch;
    const model = this.pos;
    const L = this.posLanes;
    const T = POS_TEMPLATES;
    const nc = this.posClasses.length;
    let prev = nc; // START
    let prev2 = nc + 1; // START2
    for (let i = 0; i < n; i++) {
      let tag = this.tagdict.get(words[i]!.text);
      if (tag === undefined) {
        model.clear();
        const at = 2 * (i + PAD);
        const pa = L[2 * prev]!;
        const pb = L[2 * prev + 1]!;
        const p2a = L[2 * prev2]!;
        const p2b = L[2 * prev2 + 1]!;
        model.add(T.b[0], T.b[1]);
        add1(model, T.w, s.w, at);
        add1(model, T.s1, s.s1, at);
        add1(model, T.s2, s.s2, at);
        add1(model, T.s3, s.s3, at);
        add1(model, T.p1, s.p1, at);
        add1(model, T.sh, s.sh, at);
        model.add(foldA(T.t1[0], pa), foldB(T.t1[1], pb));
        model.add(foldA(T.t2[0], p2a), foldB(T.t2[1], p2b));
        model.add(foldA(foldA(T.t12[0], pa), p2a), foldB(foldB(T.t12[1], pb), p2b));
        model.add(foldA(foldA(T.t1w[0], pa), s.w[at]!), foldB(foldB(T.t1w[1], pb), s.w[at + 1]!));
        add1(model, T['w-1'], s.w, at - 2);
        add1(model, T['s3-1'], s.s3, at - 2);
        add1(model, T['sh-1'], s.sh, at - 2);
        add1(model, T['w+1'], s.w, at + 2);
        add1(model, T['s3+1'], s.s3, at + 2);
        add1(model, T['sh+1'], s.sh, at + 2);
        tag = model.best();
      }
      s.tags[i] = tag;
      prev2 = prev;
      prev = tag;
    }
  }

  /** Part-of-speech lanes for the chunker, with START2, START, END, END2 around. */
  private tagLanes(n: number): void {
    const s = this.scratch;
    const L = this.posLanes;
    const nc = this.posClasses.length;
    for (let i = 0; i < n; i++) {
      const at = 2 * (i + PAD);
      s.p[at] = L[2 * s.tags[i]!]!;
      s.p[at + 1] = L[2 * s.tags[i]! + 1]!;
    }
    const edges: [number, number][] = [
      [-2, nc + 1],
      [-1, nc],
      [n, nc + 2],
      [n + 1, nc + 3],
    ];
    for (const [pos, k] of edges) {
      s.p[2 * (pos + PAD)] = L[2 * k]!;
      s.p[2 * (pos + PAD) + 1] = L[2 * k + 1]!;
    }
  }

  private chunkPrepared(n: number): void {
    this.tagLanes(n);
    const s = this.scratch;
    const model = this.chunk;
    const L = this.chunkLanes;
    const T = CHUNK_TEMPLATES;
    const nc = this.chunkClasses.length;
    const P = s.p;
    const W = s.w;
    let prev = nc; // START
    let prev2 = nc + 1; // START2
    for (let i = 0; i < n; i++) {
      const at = 2 * (i + PAD);
      const ca = L[2 * prev]!;
      const cb = L[2 * prev + 1]!;
      const c2a = L[2 * prev2]!;
      const c2b = L[2 * prev2 + 1]!;
      model.clear();
      model.add(T.b[0], T.b[1]);
      add1(model, T.w, W, at);
      add1(model, T.p, P, at);
      add1(model, T['p-1'], P, at - 2);
      add1(model, T['p-2'], P, at - 4);
      add1(model, T['p+1'], P, at + 2);
      add1(model, T['p+2'], P, at + 4);
      add2(model, T['pp-1'], P, at - 2, P, at);
      add2(model, T['pp+1'], P, at, P, at + 2);
      model.add(
        foldA(foldA(foldA(T.ppp[0], P[at - 2]!), P[at]!), P[at + 2]!),
        foldB(foldB(foldB(T.ppp[1], P[at - 1]!), P[at + 1]!), P[at + 3]!),
      );
      add2(model, T['pp-2'], P, at - 4, P, at - 2);
      add1(model, T['w-1'], W, at - 2);
      add1(model, T['w+1'], W, at + 2);
      add2(model, T['wp+1'], W, at, P, at + 2);
      model.add(foldA(T.c1[0], ca), foldB(T.c1[1], cb));
      model.add(foldA(foldA(T.c12[0], ca), c2a), foldB(foldB(T.c12[1], cb), c2b));
      model.add(foldA(foldA(T.c1p[0], ca), P[at]!), foldB(foldB(T.c1p[1], cb), P[at + 1]!));
      model.add(
        foldA(foldA(foldA(T.c1pp[0], ca), P[at]!), P[at + 2]!),
        foldB(foldB(foldB(T.c1pp[1], cb), P[at + 1]!), P[at + 3]!),
      );
      model.add(foldA(foldA(T.c1w[0], ca), W[at]!), foldB(foldB(T.c1w[1], cb), W[at + 1]!));
      const c = model.best(this.allowed, prev * nc);
      s.chunks[i] = c;
      prev2 = prev;
      prev = c;
    }
  }
}

const CHUNK_TYPES: ReadonlySet<string> = new Set<ChunkType>([
  'NP',
  'VP',
  'PP',
  'ADJP',
  'ADVP',
  'SBAR',
  'PRT',
  'CONJP',
  'INTJ',
  'LST',
  'UCP',
  'O',
]);

function chunkType(cls: string): ChunkType {
  const type = cls === 'O' ? 'O' : cls.slice(2);
  if (!CHUNK_TYPES.has(type) || (cls !== 'O' && !/^[BI]-/.test(cls))) {
    throw new Error(`syntax: unknown chunk class ${JSON.stringify(cls)}`);
  }
  return type as ChunkType;
}

/** Adds the feature "template piece" with the piece's lanes at arr[at], arr[at + 1]. */
function add1(model: HashedPerceptron, t: [number, number], arr: Int32Array, at: number): void {
  model.add(foldA(t[0], arr[at]!), foldB(t[1], arr[at + 1]!));
}

/** Adds the feature "template piece1 piece2". */
function add2(
  model: HashedPerceptron,
  t: [number, number],
  arr1: Int32Array,
  at1: number,
  arr2: Int32Array,
  at2: number,
): void {
  model.add(foldA(foldA(t[0], arr1[at1]!), arr2[at2]!), foldB(foldB(t[1], arr1[at1 + 1]!), arr2[at2 + 1]!));
}

function laneTable(pieces: readonly string[]): Int32Array {
  const out = new Int32Array(2 * pieces.length);
  pieces.forEach((p, k) => {
    out[2 * k] = hashPart(p);
    out[2 * k + 1] = lastPartB();
  });
  return out;
}
