// Trains the part-of-speech tagger and the phrase chunker of src/extract/syntax/ and writes
// their weights beside the runtime: `npm run train:syntax`. Seeded and deterministic: the same
// data gives the same bytes. Prints held-out accuracy (the figures quoted in the README).
//
// Data (../shared, never copied into the project):
//   ner/conll2003-eng.train  word POS chunk NER (IOB1) - tagger and chunker training
//   ner/conll2003-eng.testa  held out: tagger accuracy, chunk F1 with predicted tags
//   ud/en_ewt-ud-dev.conllu  UD English EWT (CC BY-SA 4.0), Penn tags in XPOS - tagger training
//   ud/en_ewt-ud-test.conllu held out: tagger accuracy, on treebank words and through our tokenizer
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hashWeights } from '../src/learn/hashed-perceptron.js';
import { loadPackedModel, packWeights, type PackedModel } from '../src/learn/packed-weights.js';
import { Perceptron, PerceptronTrainer } from '../src/learn/perceptron.js';
import type { PerceptronWeights } from '../src/learn/perceptron.js';
import { seededRandom } from '../src/graph/seeded.js';
import { START, START2, chunkFeatures, posFeatures } from '../src/extract/syntax/features.js';
import type { FeatureWord } from '../src/extract/syntax/features.js';
import { SyntaxModel } from '../src/extract/syntax/model.js';
import { WordBuffer, plainText, toWords } from '../src/extract/syntax/words.js';
import { tokenize } from '../src/extract/tokens.js';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '..', 'shared');
const OUT = resolve(ROOT, 'src', 'extract', 'syntax');

const SEED = 20240611;
const POS_ITERATIONS = 6;
const CHUNK_ITERATIONS = 6;
/** Tag dictionary (Honnibal): words seen this often and this unambiguously skip the model. */
const TAGDICT_MIN_COUNT = 20;
const TAGDICT_MIN_SHARE = 0.97;
/**
 * Pruning (weights scaled by 1000): a weight below MIN_WEIGHT, or every weight of a feature
 * below MIN_FEATURE_WEIGHT, rarely decides a tag. Measured on testa: the files shrink by half
 * (4.2 -> 2.3 MB) for 0.05 points of tagging accuracy and 0.02 of chunk F1.
 */
const MIN_WEIGHT = 300;
const MIN_FEATURE_WEIGHT = 1200;

/** Scale of the committed weights (the trainer averages at 1000). */
const STORED_SCALE = 100;

interface Sentence {
  words: FeatureWord[];
  tags: string[];
  /** BIO chunk tags (CoNLL only). */
  chunks?: string[];
}

function dataPath(rel: string): string {
  const path = resolve(SHARED, rel);
  if (!existsSync(path)) throw new Error(`train-syntax: cannot find ${rel} in ../shared`);
  return path;
}

function word(form: string): FeatureWord {
  const text = plainText(form).replaceAll(' ', '_');
  return { text, lower: text.toLowerCase() };
}

/** CoNLL-2003: IOB1 chunks become BIO (I-X after anything but X starts a chunk: B-X). */
function readConll(rel: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { words: [], tags: [], chunks: [] };
  const flush = () => {
    if (cur.words.length > 0) out.push(cur);
    cur = { words: [], tags: [], chunks: [] };
  };
  for (const line of readFileSync(dataPath(rel), 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols.length < 4 || cols[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    const [form, tag, chunk] = cols as [string, string, string];
    const prev = cur.chunks!.at(-1) ?? 'O';
    let bio = chunk;
    if (chunk.startsWith('I-') && (prev === 'O' || prev.slice(2) !== chunk.slice(2))) bio = `B-${chunk.slice(2)}`;
    cur.words.push(word(form));
    cur.tags.push(tag === 'NN|SYM' ? 'NN' : tag);
    cur.chunks!.push(bio);
  }
  flush();
  return out;
}

/** EWT's Penn tags in CoNLL-2003's conventions; tags with no counterpart drop the sentence. */
const EWT_TAGS: Record<string, string | null> = {
  '``': '"',
  "''": '"',
  '-LRB-': '(',
  '-RRB-': ')',
  NFP: ':',
  ADD: 'NN',
  // Hyphens inside words (EWT splits "15-year"; we join it), "goes with" pieces, affixes, typos.
  HYPH: null,
  GW: null,
  AFX: null,
  XX: null,
};

/** EWT tags "to" before a noun IN and some dashes and semicolons ","; the treebank and CoNLL say TO and ":". */
function ewtTag(form: string, xpos: string): string | null {
  if (xpos === 'IN' && form.toLowerCase() === 'to') return 'TO';
  if (xpos === ',' && form !== ',') return ':';
  return xpos in EWT_TAGS ? EWT_TAGS[xpos]! : xpos;
}

interface EwtSentence extends Sentence {
  text: string;
  /** Gold tag per word, null where EWT's tag has no CoNLL counterpart. */
  gold: (string | null)[];
  kept: boolean;
}

function readEwt(rel: string): EwtSentence[] {
  const out: EwtSentence[] = [];
  for (const block of readFileSync(dataPath(rel), 'utf8').split(/\n\s*\n/)) {
    let text = '';
    const words: FeatureWord[] = [];
    const gold: (string | null)[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('# text = ')) text = line.slice(9);
      const cols = line.split('\t');
      if (cols.length !== 10 || !/^\d+$/.test(cols[0]!)) continue;
      const mapped = ewtTag(cols[1]!, cols[4]!);
      words.push(word(cols[1]!));
      gold.push(mapped);
    }
    if (words.length === 0) continue;
    const kept = gold.every((t) => t !== null);
    out.push({ text, words, tags: gold.map((t) => t ?? 'NN'), gold, kept });
  }
  return out;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function buildTagdict(sentences: readonly Sentence[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      let m = counts.get(w.text);
      if (!m) counts.set(w.text, (m = new Map<string, number>()));
      m.set(s.tags[i]!, (m.get(s.tags[i]!) ?? 0) + 1);
    });
  }
  const out: Record<string, string> = {};
  for (const word of [...counts.keys()].sort()) {
    const m = counts.get(word)!;
    let total = 0;
    let best = '';
    let bestCount = 0;
    for (const [tag, n] of [...m].sort()) {
      total += n;
      if (n > bestCount) [best, bestCount] = [tag, n];
    }
    if (total >= TAGDICT_MIN_COUNT && bestCount / total >= TAGDICT_MIN_SHARE) out[word] = best;
  }
  return out;
}

/** The tagger as trained: weights keyed by feature strings, and its tag dictionary. */
type TrainedPos = PerceptronWeights & { tagdict: Record<string, string> };

function trainPos(sentences: readonly Sentence[]): TrainedPos {
  const tagdict = buildTagdict(sentences);
  const classes = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const trainer = new PerceptronTrainer(classes);
  for (let iter = 0; iter < POS_ITERATIONS; iter++) {
    let right = 0;
    let total = 0;
    for (const s of shuffled(sentences, SEED + iter)) {
      let prev = START;
      let prev2 = START2;
      s.words.forEach((w, i) => {
        let guess = tagdict[w.text];
        if (guess === undefined) {
          const features = posFeatures(s.words, i, prev, prev2);
          const g = trainer.predict(features);
          trainer.update(trainer.classIndex(s.tags[i]!), g, features);
          guess = classes[g]!;
        }
        if (guess === s.tags[i]) right++;
        total++;
        prev2 = prev;
        prev = guess;
      });
    }
    console.log(`  pos iteration ${iter + 1}: ${pct(right, total)} on training words`);
  }
  return { ...committed(trainer.averaged(MIN_WEIGHT), STORED_SCALE), tagdict };
}

function trainChunks(sentences: readonly Sentence[]): PerceptronWeights {
  const classes = [...new Set(sentences.flatMap((s) => s.chunks!))].sort();
  const trainer = new PerceptronTrainer(classes);
  for (let iter = 0; iter < CHUNK_ITERATIONS; iter++) {
    let right = 0;
    let total = 0;
    for (const s of shuffled(sentences, SEED + 100 + iter)) {
      let prev = START;
      let prev2 = START2;
      s.words.forEach((_, i) => {
        const features = chunkFeatures(s.words, s.tags, i, prev, prev2);
        const g = trainer.predict(features);
        const truth = trainer.classIndex(s.chunks![i]!);
        trainer.update(truth, g, features);
        if (g === truth) right++;
        total++;
        prev2 = prev;
        prev = classes[g]!;
      });
    }
    console.log(`  chunk iteration ${iter + 1}: ${pct(right, total)} on training words`);
  }
  return committed(trainer.averaged(MIN_WEIGHT), STORED_SCALE);
}

/**
 * The committed weights: features whose weights are all small dropped, then a coarser scale
 * (1000 -> 100): two significant digits decide as well as three, and each number is shorter.
 */
function committed(weights: PerceptronWeights, scale: number): PerceptronWeights {
  const factor = weights.scale / scale;
  const features: Record<string, number[]> = {};
  for (const [feature, row] of Object.entries(weights.features)) {
    let max = 0;
    for (let i = 1; i < row.length; i += 2) max = Math.max(max, Math.abs(row[i]!));
    if (max < MIN_FEATURE_WEIGHT) continue;
    const out: number[] = [];
    for (let i = 0; i < row.length; i += 2) {
      const w = Math.round(row[i + 1]! / factor);
      if (w !== 0) out.push(row[i]!, w);
    }
    if (out.length > 0) features[feature] = out;
  }
  return { classes: weights.classes, scale, features };
}

function pct(n: number, d: number): string {
  return `${((100 * n) / Math.max(1, d)).toFixed(2)}%`;
}

interface Span {
  type: string;
  from: number;
  to: number;
}

function spans(bio: readonly string[]): Span[] {
  const out: Span[] = [];
  let cur: Span | undefined;
  bio.forEach((tag, i) => {
    if (tag === 'O' || tag.startsWith('B-') || (cur && cur.type !== tag.slice(2))) {
      if (cur) out.push(cur);
      cur = tag === 'O' ? undefined : { type: tag.slice(2), from: i, to: i + 1 };
    } else if (cur) cur.to = i + 1;
    else cur = { type: tag.slice(2), from: i, to: i + 1 };
  });
  if (cur) out.push(cur);
  return out;
}

/** The string-keyed model and the hashed runtime must agree on every word; else the hashing is wrong. */
function checkRuntime(
  model: SyntaxModel,
  pos: TrainedPos,
  chunk: PerceptronWeights,
  sentences: readonly Sentence[],
): void {
  const ref = new Perceptron(pos);
  const refChunk = new Perceptron(chunk);
  const allowedAfter = (prev: string, c: string) =>
    !c.startsWith('I-') || (prev !== 'O' && prev.slice(2) === c.slice(2));
  for (const s of sentences) {
    const tags: string[] = [];
    let prev = START;
    let prev2 = START2;
    s.words.forEach((w, i) => {
      const tag = pos.tagdict[w.text] ?? pos.classes[ref.predict(posFeatures(s.words, i, prev, prev2))]!;
      tags.push(tag);
      prev2 = prev;
      prev = tag;
    });
    const fast = model.tagWords(s.words);
    if (fast.join(' ') !== tags.join(' ')) {
      throw new Error(`train-syntax: runtime tags differ: ${fast.join(' ')} / ${tags.join(' ')}`);
    }
    const chunks: string[] = [];
    prev = START;
    prev2 = START2;
    s.words.forEach((_, i) => {
      const scores = refChunk.score(chunkFeatures(s.words, tags, i, prev, prev2));
      const before = prev === START ? 'O' : prev;
      let best = -1;
      chunk.classes.forEach((c, k) => {
        if (allowedAfter(before, c) && (best < 0 || scores[k]! > scores[best]!)) best = k;
      });
      chunks.push(chunk.classes[best]!);
      prev2 = prev;
      prev = chunk.classes[best]!;
    });
    const fastChunks = model.chunkWords(s.words, tags);
    if (fastChunks.join(' ') !== chunks.join(' ')) {
      throw new Error(`train-syntax: runtime chunks differ: ${fastChunks.join(' ')} / ${chunks.join(' ')}`);
    }
  }
}

/**
 * The committed form: what the model is, one field a line, then its hashed features packed
 * (src/learn/packed-weights.ts), so loading parses and hashes no feature string.
 */
function packedModel(
  weights: PerceptronWeights,
  extra: Record<string, unknown>,
): PackedModel & Record<string, unknown> {
  return {
    ...extra,
    classes: weights.classes,
    scale: weights.scale,
    featureCount: Object.keys(weights.features).length,
    packed: packWeights(hashWeights(weights)),
  };
}

function formatWeights(model: Record<string, unknown>): string {
  const lines = Object.entries(model).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return `{${lines.join(',\n')}}\n`;
}

const t0 = performance.now();
const conllTrain = readConll('ner/conll2003-eng.train');
const conllTesta = readConll('ner/conll2003-eng.testa');
const ewtDev = readEwt('ud/en_ewt-ud-dev.conllu');
const ewtTest = readEwt('ud/en_ewt-ud-test.conllu');
const ewtTrain = ewtDev.filter((s) => s.kept);
console.log(
  `data: CoNLL train ${conllTrain.length} sentences, testa ${conllTesta.length}; ` +
    `EWT dev ${ewtTrain.length}/${ewtDev.length} kept, test ${ewtTest.length}`,
);

console.log('training the tagger');
const pos = trainPos([...conllTrain, ...ewtTrain]);
console.log('training the chunker');
const chunk = trainChunks(conllTrain);
const posFile = packedModel(pos, {
  about:
    'Part-of-speech tagger of diplograph (scripts/train-syntax.ts). Trained on CoNLL-2003 English train ' +
    '(Penn tags) and UD English EWT dev (CC BY-SA 4.0).',
  tagdict: pos.tagdict,
});
const chunkFile = packedModel(chunk, {
  about: 'Phrase chunker of diplograph (scripts/train-syntax.ts). Trained on CoNLL-2003 English train chunk tags.',
});
// Everything below runs the model as committed: packed, then loaded as the runtime loads it.
const model = new SyntaxModel({ ...loadPackedModel(posFile), tagdict: pos.tagdict }, loadPackedModel(chunkFile));
checkRuntime(model, pos, chunk, conllTesta.slice(0, 1500));
const trainSeconds = (performance.now() - t0) / 1000;

// Tagger: CoNLL testa and EWT test on their own words.
let right = 0;
let total = 0;
const predicted: string[][] = [];
for (const s of conllTesta) {
  const tags = model.tagWords(s.words);
  predicted.push(tags);
  tags.forEach((t, i) => ((right += t === s.tags[i] ? 1 : 0), total++));
}
const posTesta = pct(right, total);
const posTestaWords = total;
right = total = 0;
const ewtKept = ewtTest.filter((s) => s.kept);
for (const s of ewtKept) {
  model.tagWords(s.words).forEach((t, i) => ((right += t === s.tags[i] ? 1 : 0), total++));
}
const posEwt = pct(right, total);
const posEwtWords = total;

// EWT test through our tokenizer: the sentence text -> tokens -> words -> tags; a gold word
// counts where one of our words has exactly its characters.
right = total = 0;
let aligned = 0;
const buffer = new WordBuffer();
for (const s of ewtTest) {
  const tokens = tokenize(s.text);
  toWords(tokens, 0, tokens.length, buffer);
  const words = buffer.words.slice(0, buffer.count);
  const tags = model.tagWords(words);
  const bySpan = new Map<string, string>();
  for (let k = 0; k < buffer.count; k++) {
    bySpan.set(`${tokens[buffer.from[k]!]!.start}:${tokens[buffer.to[k]! - 1]!.end}`, tags[k]!);
  }
  let cursor = 0;
  s.words.forEach((w, i) => {
    const form = w.text;
    let at = s.text.indexOf(form, cursor);
    if (at < 0) at = plainText(s.text).indexOf(form, cursor);
    if (at < 0) return;
    cursor = at + form.length;
    if (s.gold[i] === null) return;
    total++;
    const ours = bySpan.get(`${at}:${at + form.length}`);
    if (ours === undefined) return;
    aligned++;
    if (ours === s.gold[i]) right++;
  });
}
const posEwtOurs = pct(right, aligned);
const ewtAligned = pct(aligned, total);

// Chunker: CoNLL testa with predicted tags.
const perType = new Map<string, { gold: number; found: number; right: number }>();
const bump = (type: string, key: 'gold' | 'found' | 'right') => {
  let e = perType.get(type);
  if (!e) perType.set(type, (e = { gold: 0, found: 0, right: 0 }));
  e[key]++;
};
conllTesta.forEach((s, k) => {
  const gold = spans(s.chunks!);
  const found = spans(model.chunkWords(s.words, predicted[k]!));
  const goldKeys = new Set(gold.map((g) => `${g.type}:${g.from}:${g.to}`));
  for (const g of gold) bump(g.type, 'gold');
  for (const f of found) {
    bump(f.type, 'found');
    if (goldKeys.has(`${f.type}:${f.from}:${f.to}`)) bump(f.type, 'right');
  }
});
const f1 = (e: { gold: number; found: number; right: number }) => {
  const p = e.right / Math.max(1, e.found);
  const r = e.right / Math.max(1, e.gold);
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
};
const all = { gold: 0, found: 0, right: 0 };
for (const e of perType.values()) {
  all.gold += e.gold;
  all.found += e.found;
  all.right += e.right;
}

const posText = formatWeights(posFile);
const chunkText = formatWeights(chunkFile);
writeFileSync(resolve(OUT, 'pos.weights.json'), posText);
writeFileSync(resolve(OUT, 'chunk.weights.json'), chunkText);

const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;
console.log(`\ntrained in ${trainSeconds.toFixed(0)} s`);
const posSize = `${Object.keys(pos.features).length} features, ${Object.keys(pos.tagdict).length} dictionary words`;
console.log(`tagger: ${posSize}, ${kb(posText)}`);
console.log(`chunker: ${Object.keys(chunk.features).length} features, ${kb(chunkText)}`);
console.log(`POS accuracy, CoNLL-2003 testa (${posTestaWords} words): ${posTesta}`);
console.log(
  `POS accuracy, EWT test (${posEwtWords} words in ${ewtKept.length} sentences without HYPH/GW/AFX/XX): ${posEwt}`,
);
console.log(
  `POS accuracy, EWT test through our tokenizer: ${posEwtOurs} on the ${ewtAligned} of words whose span we reproduce`,
);
const { p, r, f } = f1(all);
const fixed = (x: number) => (100 * x).toFixed(2);
console.log(`chunk F1, CoNLL-2003 testa, predicted tags: ${fixed(f)} (P ${fixed(p)}, R ${fixed(r)})`);
for (const [type, e] of [...perType].sort((a, b) => b[1].gold - a[1].gold)) {
  const s = f1(e);
  console.log(`  ${type.padEnd(6)} ${String(e.gold).padStart(6)} gold  F1 ${(100 * s.f).toFixed(2)}`);
}
