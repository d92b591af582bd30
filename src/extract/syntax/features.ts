// The features of the part-of-speech tagger and the chunker, in their readable string form:
// what the training script feeds the trainer and what the committed weights are keyed by.
// `model.ts` computes the same features as hashed keys without building these strings; a test
// and the training script check that both give the same predictions.
//
// A feature is "template part part ...": pieces never contain spaces (words are tokens).

/** Placeholders for positions before and after the sentence, and for the tag history. */
export const START = '-START-';
export const START2 = '-START2-';
export const END = '-END-';
export const END2 = '-END2-';

/** Number-like words are one feature each (Honnibal's tagger): "1996" -> !YEAR, "3.5" -> !DIGITS. */
export const YEAR = '!YEAR';
export const DIGITS = '!DIGITS';

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The word feature of a lower-cased word: the word itself, or its number class. */
export function normWord(lower: string): string {
  if (lower.length === 0 || !isDigitCode(lower.charCodeAt(0))) return lower;
  if (lower.length !== 4) return DIGITS;
  for (let i = 1; i < 4; i++) if (!isDigitCode(lower.charCodeAt(i))) return DIGITS;
  return YEAR;
}

const X = 88; // 'X'
const x = 120; // 'x'
const d = 100; // 'd'

/** Shape class of one character: X upper, x lower, d digit, anything else as itself. */
export function shapeCode(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (c >= 65 && c <= 90) return X;
    if (c >= 97 && c <= 122) return x;
    if (c >= 48 && c <= 57) return d;
    return c;
  }
  const ch = text.charAt(i);
  const lower = ch.toLowerCase();
  if (lower !== ch) return X;
  if (ch.toUpperCase() !== ch) return x;
  return c;
}

/** Runs of one class longer than this are cut: "Russia" -> "Xxxx", "1,000" -> "d,ddd". */
export const SHAPE_RUN = 3;

/** The shape of a word: "Kurdish" -> "Xxxx", "U.S." -> "X.X.", "anti-Kurdish" -> "xxx-Xxxx". */
export function shape(text: string): string {
  let out = '';
  let prev = -1;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = shapeCode(text, i);
    run = c === prev ? run + 1 : 1;
    prev = c;
    if (run <= SHAPE_RUN) out += String.fromCharCode(c);
  }
  return out;
}

/** The last k characters of a word (the whole word when shorter). */
export function suffix(lower: string, k: number): string {
  return lower.length <= k ? lower : lower.slice(lower.length - k);
}

/** A word as both features need it: its text (case kept) and lower-cased text. */
export interface FeatureWord {
  text: string;
  lower: string;
}

function wordAt(words: readonly FeatureWord[], i: number): string {
  if (i < 0) return i === -1 ? START : START2;
  if (i >= words.length) return i === words.length ? END : END2;
  return normWord(words[i]!.lower);
}

function suffixAt(words: readonly FeatureWord[], i: number): string {
  if (i < 0 || i >= words.length) return wordAt(words, i);
  return suffix(words[i]!.lower, 3);
}

function shapeAt(words: readonly FeatureWord[], i: number): string {
  if (i < 0 || i >= words.length) return wordAt(words, i);
  return shape(words[i]!.text);
}

/**
 * Features of word i for the tagger, given the two tags before it (START / START2 at the
 * start of a sentence). In the style of Honnibal's averaged-perceptron tagger, with shapes.
 */
export function posFeatures(words: readonly FeatureWord[], i: number, prev: string, prev2: string): string[] {
  const word = words[i]!;
  const w = normWord(word.lower);
  return [
    'b',
    `w ${w}`,
    `s1 ${suffix(word.lower, 1)}`,
    `s2 ${suffix(word.lower, 2)}`,
    `s3 ${suffix(word.lower, 3)}`,
    `p1 ${word.text.charAt(0)}`,
    `sh ${shape(word.text)}`,
    `t1 ${prev}`,
    `t2 ${prev2}`,
    `t12 ${prev} ${prev2}`,
    `t1w ${prev} ${w}`,
    `w-1 ${wordAt(words, i - 1)}`,
    `s3-1 ${suffixAt(words, i - 1)}`,
    `sh-1 ${shapeAt(words, i - 1)}`,
    `w+1 ${wordAt(words, i + 1)}`,
    `s3+1 ${suffixAt(words, i + 1)}`,
    `sh+1 ${shapeAt(words, i + 1)}`,
  ];
}

function tagAt(tags: readonly string[], i: number): string {
  if (i < 0) return i === -1 ? START : START2;
  if (i >= tags.length) return i === tags.length ? END : END2;
  return tags[i]!;
}

/**
 * Features of word i for the chunker: words and part-of-speech tags in a window of two, and
 * the two chunk tags decided before it (START / START2 at the start).
 */
export function chunkFeatures(
  words: readonly FeatureWord[],
  tags: readonly string[],
  i: number,
  prev: string,
  prev2: string,
): string[] {
  const w = wordAt(words, i);
  const p = tags[i]!;
  const pm1 = tagAt(tags, i - 1);
  const pm2 = tagAt(tags, i - 2);
  const pp1 = tagAt(tags, i + 1);
  const pp2 = tagAt(tags, i + 2);
  return [
    'b',
    `w ${w}`,
    `p ${p}`,
    `p-1 ${pm1}`,
    `p-2 ${pm2}`,
    `p+1 ${pp1}`,
    `p+2 ${pp2}`,
    `pp-1 ${pm1} ${p}`,
    `pp+1 ${p} ${pp1}`,
    `ppp ${pm1} ${p} ${pp1}`,
    `pp-2 ${pm2} ${pm1}`,
    `w-1 ${wordAt(words, i - 1)}`,
    `w+1 ${wordAt(words, i + 1)}`,
    `wp+1 ${w} ${pp1}`,
    `c1 ${prev}`,
    `c12 ${prev} ${prev2}`,
    `c1p ${prev} ${p}`,
    `c1pp ${prev} ${p} ${pp1}`,
    `c1w ${prev} ${w}`,
  ];
}
