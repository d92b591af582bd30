// Features of the name typer: what the perceptron sees of a word in its sentence. Training
// (scripts/train-names.ts) and the runtime typer call the same functions, so a model never
// sees features built another way than those it learned from.
//
// A sentence is a list of words in CoNLL style (hyphenated compounds whole, "'s" apart,
// straight quotes). Only candidate words are tagged (capitalised words and the short lowercase
// links inside a capitalised run: "Bank of England"); every other word is outside any name.
import { GIVEN_NAMES } from '../../lexicon/given-names.js';
import { CITY_NAME_LIST, COMMON_WORD_LIST, GIVEN_NAME_LIST } from '../../lexicon/name-lists.js';
import { ORG_HEADS } from '../../lexicon/org-heads.js';
import { ORGANISATION_ENTRIES } from '../../lexicon/organisations.js';
import { KNOWN_PEOPLE } from '../../lexicon/people.js';
import { STATE_ENTRIES } from '../../lexicon/countries.js';
import { GROUP_ENTRIES } from '../../lexicon/groups.js';
import { addPhrasePrefixes } from '../../lexicon/phrases.js';
import { TITLE_HEADS } from '../../lexicon/titles.js';
import { featureKey } from '../../learn/hashed-perceptron.js';

/** The tags, BIO over four types (CoNLL-2003): index 0 is outside. */
export const NAME_TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type NameTag = (typeof NAME_TAGS)[number];
export type NameType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** Type of a tag, or undefined for O. */
export function tagType(tag: string): NameType | undefined {
  return tag === 'O' ? undefined : (tag.slice(2) as NameType);
}

/** Lists that flag a word or a run of words: key -> the lower-case names, by word count. */
export interface PhraseList {
  flag: string;
  names: Set<string>;
  maxWords: number;
}

export interface NameGazetteer {
  lists: PhraseList[];
  given: ReadonlySet<string>;
  /** Lower-case words common in lower case: a capitalised one is often just a word ("Strategy"). */
  common: ReadonlySet<string>;
}

/** A lower-case name already in its compared form: words separated by single spaces. */
const COMPARED_FORM = /^\S+(?: \S+)*$/;

function phraseList(flag: string, names: Iterable<string>): PhraseList {
  const set = new Set<string>();
  let maxWords = 1;
  for (const n of names) {
    let key = n.toLowerCase();
    // Most names (23,000 cities) are in compared form already: no split and join for them at start-up.
    if (!COMPARED_FORM.test(key)) key = key.split(/\s+/).filter(Boolean).join(' ');
    if (!key) continue;
    set.add(key);
    let words = 1;
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) words++;
    if (words > maxWords) maxWords = words;
  }
  return { flag, names: set, maxWords: Math.min(maxWords, 5) };
}

const splitList = (list: string) => list.split(/[|\n]/).filter(Boolean);

/** The typer's gazetteers: the project's lexicons; given names, cities, common words (lexicon/name-lists.ts). */
export function nameGazetteer(): NameGazetteer {
  const states = STATE_ENTRIES.filter((e) => e.form !== 'demonym').map((e) => e.name);
  const demonyms = [...STATE_ENTRIES, ...GROUP_ENTRIES].filter((e) => e.form === 'demonym').map((e) => e.name);
  const people = KNOWN_PEOPLE.flatMap((p) => [p.name, ...(p.aliases ?? []), p.surname]);
  return {
    lists: [
      phraseList('gs', states),
      phraseList('gd', demonyms),
      phraseList('gc', splitList(CITY_NAME_LIST)),
      phraseList(
        'go',
        ORGANISATION_ENTRIES.map((e) => e.name),
      ),
      phraseList('gp', people),
    ],
    given: new Set([...splitList(GIVEN_NAME_LIST).map((n) => n.toLowerCase()), ...GIVEN_NAMES]),
    common: new Set(splitList(COMMON_WORD_LIST)),
  };
}

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/** Starts with a capital letter, or is a capitalised word after an elided article ("d'Ivoire"). */
export function isCapitalised(word: string): boolean {
  return (
    isUpper(word.charAt(0)) || (word.length > 2 && (word[1] === "'" || word[1] === '’') && isUpper(word.charAt(2)))
  );
}

/** "Xx", "X.X.", "d-d", "xXx": character classes with runs collapsed. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** Lower case with digits folded ("1996" and "1997" are one word to the model). */
function wordKey(word: string): string {
  return word.toLowerCase().replace(/[0-9]/g, '0');
}

/** Lower-case links allowed inside a name between capitalised words ("Bank of England"). */
const LINKS = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'du',
  'des',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'van',
  'von',
  'der',
  'da',
  'di',
  'y',
  'on',
  'in',
  '&',
  '-',
  "'s",
  '.',
]);

/**
 * Which words the typer decides: capitalised words, and at most two links between two of them.
 * The rest is outside any name without asking the model.
 */
export function candidates(words: readonly string[]): boolean[] {
  const out = words.map((w) => isCapitalised(w));
  for (let i = 1; i < words.length - 1; i++) {
    if (out[i] || !out[i - 1]) continue;
    if (!LINKS.has(words[i]!.toLowerCase())) continue;
    if (out[i + 1]) out[i] = true;
    else if (i + 2 < words.length && LINKS.has(words[i + 1]!.toLowerCase()) && isCapitalised(words[i + 2]!)) {
      out[i] = true;
      out[i + 1] = true;
      i++;
    }
  }
  return out;
}

/**
 * A feature: its string (what training and the committed weights name) and the two lanes of its
 * hashed key (what the run-time model looks up). Features are interned: made once, each
 * decision only gathers them, so deciding a word builds no string and hashes nothing.
 */
export interface Feat {
  s: string;
  a: number;
  b: number;
}

const interned = new Map<string, Feat>();

export function feat(s: string): Feat {
  let f = interned.get(s);
  if (!f) {
    if (interned.size > 400_000) interned.clear();
    const [a, b] = featureKey(s);
    f = { s, a, b };
    interned.set(s, f);
  }
  return f;
}

/** A feature made for one word: not interned (a table of every word's features would only grow). */
function wordFeat(s: string): Feat {
  const [a, b] = featureKey(s);
  return { s, a, b };
}

/** The strings of some features (for training and tests). */
export function featStrings(fs: readonly Feat[]): string[] {
  return fs.map((f) => f.s);
}

/**
 * A word and the features it brings, as itself and as a neighbour. Built once per word form and
 * shared (see WordInfoCache).
 */
export interface WordInfo {
  text: string;
  lower: string;
  /** Lower case, digits folded. */
  key: string;
  shape: string;
  own: Feat[];
  p1: Feat;
  p2: Feat;
  n1: Feat;
  n2: Feat;
  ps: Feat;
  ns: Feat;
  hl: Feat;
  /** Features with the previous tag, by its index (NAME_TAGS, then the sentence start). */
  withPrev: Array<readonly [Feat, Feat] | undefined>;
}

function wordInfo(word: string, gaz: NameGazetteer): WordInfo {
  const key = wordKey(word);
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const own = ['b', `w=${key}`, `s=${shape}`, `x3=${key.slice(-3)}`, `x4=${key.slice(-4)}`, `a3=${key.slice(0, 3)}`];
  if (key.length > 4) own.push(`x2=${key.slice(-2)}`);
  if (word.length > 1 && word === word.toUpperCase() && word !== lower) own.push('caps');
  if (gaz.given.has(lower)) own.push('gv');
  if (gaz.common.has(lower)) own.push('cw');
  if (TITLE_HEADS.has(lower)) own.push('ttl');
  if (lower in ORG_HEADS) own.push('oh');
  if (word.includes('-')) {
    // "Okonjo-Iweala", "anti-Kurdish": the parts say more than the whole.
    const parts = lower.split('-');
    own.push(`hp=${parts[0]}`, `hl=${parts[parts.length - 1]}`);
  }
  return {
    text: word,
    lower,
    key,
    shape,
    own: own.map(wordFeat),
    p1: wordFeat(`p1=${key}`),
    p2: wordFeat(`p2=${key}`),
    n1: wordFeat(`n1=${key}`),
    n2: wordFeat(`n2=${key}`),
    ps: feat(`ps=${shape}`),
    ns: feat(`ns=${shape}`),
    hl: feat(`hls=${shape}`),
    withPrev: [],
  };
}

/** Word information by word form, bounded (cleared when full). */
export class WordInfoCache {
  private readonly map = new Map<string, WordInfo>();
  constructor(readonly gazetteer: NameGazetteer) {}
  get(word: string): WordInfo {
    let info = this.map.get(word);
    if (!info) {
      if (this.map.size > 100_000) this.map.clear();
      info = wordInfo(word, this.gazetteer);
      this.map.set(word, info);
    }
    return info;
  }
}

/** Gazetteer flags of each word of a sentence: "gc=B", "gs=I" (longest match per list, left to right). */
export function phraseFlags(words: readonly string[], gaz: NameGazetteer): Array<readonly Feat[]> {
  const out = new Array<readonly Feat[]>(words.length).fill(NO_FLAGS);
  const index = phraseIndex(gaz);
  const lists = gaz.lists.length;
  const coveredUntil = new Int32Array(lists);
  const best = new Int32Array(lists);
  const lowers = new Array<string>(words.length);
  const lower = (i: number) => (lowers[i] ??= words[i]!.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i]!)) continue;
    best.fill(0);
    let found = false;
    let key = '';
    for (let n = 1; n <= index.maxWords && i + n <= words.length; n++) {
      key = n === 1 ? lower(i) : `${key} ${lower(i + n - 1)}`;
      const hits = index.byKey.get(key);
      if (hits) {
        for (const l of hits) best[l] = n;
        found = true;
      }
      if (!index.prefixes.has(key)) break;
    }
    if (!found) continue;
    for (let l = 0; l < lists; l++) {
      const n = best[l]!;
      if (n === 0 || i < coveredUntil[l]!) continue;
      coveredUntil[l] = i + n;
      const flags = index.flags[l]!;
      for (let k = 0; k < n; k++) {
        if (out[i + k] === NO_FLAGS) out[i + k] = [];
        (out[i + k] as Feat[]).push(k === 0 ? (n > 1 ? flags.begin : flags.single) : flags.inside);
      }
    }
  }
  return out;
}

const NO_FLAGS: readonly Feat[] = [];

interface PhraseIndex {
  byKey: Map<string, number[]>;
  prefixes: Set<string>;
  maxWords: number;
  /** Per list, its flags as the first word of a longer name, a one-word name, a later word. */
  flags: Array<{ begin: Feat; single: Feat; inside: Feat }>;
}
const phraseIndexes = new WeakMap<NameGazetteer, PhraseIndex>();

/** All lists in one map: one walk over a sentence finds every list's matches. */
function phraseIndex(gaz: NameGazetteer): PhraseIndex {
  let index = phraseIndexes.get(gaz);
  if (index) return index;
  index = {
    byKey: new Map(),
    prefixes: new Set(),
    maxWords: 1,
    flags: gaz.lists.map((l) => ({
      begin: feat(`${l.flag}=B`),
      single: feat(`${l.flag}=B1`),
      inside: feat(`${l.flag}=I`),
    })),
  };
  gaz.lists.forEach((list, l) => {
    for (const name of list.names) {
      const lists = index.byKey.get(name);
      if (lists) lists.push(l);
      else index.byKey.set(name, [l]);
      const words = addPhrasePrefixes(name, index.prefixes);
      index.maxWords = Math.max(index.maxWords, Math.min(words, list.maxWords));
    }
  });
  phraseIndexes.set(gaz, index);
  return index;
}

/** "pgc=B" for the flag "gc=B" of the previous word, "ngc=B" of the next. */
const neighbourFlags = new Map<Feat, readonly [Feat, Feat]>();
function neighbourFlag(flag: Feat): readonly [Feat, Feat] {
  let pair = neighbourFlags.get(flag);
  if (!pair) neighbourFlags.set(flag, (pair = [feat(`p${flag.s}`), feat(`n${flag.s}`)]));
  return pair;
}

/** A sentence written all in capitals (a headline): its words' case says nothing. */
export function isHeadline(words: readonly string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const w of words) {
    if (!/\p{L}/u.test(w)) continue;
    letters++;
    if (w === w.toUpperCase()) caps++;
  }
  return letters >= 2 && caps / letters > 0.8;
}

const F = {
  p1Start: feat('p1=<s>'),
  p2Start: feat('p2=<s>'),
  n1End: feat('n1=</s>'),
  n2End: feat('n2=</s>'),
  psStart: feat('ps=<s>'),
  nsEnd: feat('ns=</s>'),
  first: feat('first'),
  hl: feat('hl'),
  dlc: feat('dlc'),
};

/** The features of word i that do not depend on the tags: the word, its neighbours, the lists. */
export function contextFeatures(
  words: ReadonlyArray<WordInfo | undefined>,
  i: number,
  flags: ReadonlyArray<readonly Feat[]>,
  headline: boolean,
): Feat[] {
  const w = words[i]!;
  const prev = words[i - 1];
  const next = words[i + 1];
  const f = w.own.concat(flags[i]!);
  f.push(
    prev ? prev.p1 : F.p1Start,
    i > 1 ? words[i - 2]!.p2 : F.p2Start,
    next ? next.n1 : F.n1End,
    words[i + 2]?.n2 ?? F.n2End,
  );
  f.push(prev ? prev.ps : F.psStart, next ? next.ns : F.nsEnd);
  for (const g of flags[i - 1] ?? NO_FLAGS) f.push(neighbourFlag(g)[0]);
  for (const g of flags[i + 1] ?? NO_FLAGS) f.push(neighbourFlag(g)[1]);
  if (!prev || /^["'`(:-]$/.test(prev.text)) f.push(F.first);
  if (headline) f.push(F.hl, w.hl);
  return f;
}

const START = NAME_TAGS.length;
const TAG_NAMES: readonly string[] = [...NAME_TAGS, '<s>'];
const T1 = TAG_NAMES.map((t) => feat(`t1=${t}`));
const T12 = TAG_NAMES.map((a) => TAG_NAMES.map((b) => feat(`t12=${a} ${b}`)));

/** Index of the sentence start in tag feature tables. */
export const START_TAG: number = START;

/** Features from the previous decisions (tag indexes; START_TAG before the first word), appended to `f`. */
export function tagFeatures(prev: number, prev2: number, w: WordInfo, f: Feat[]): void {
  let pair = w.withPrev[prev];
  if (!pair)
    w.withPrev[prev] = pair = [feat(`t1s=${TAG_NAMES[prev]} ${w.shape}`), wordFeat(`t1w=${TAG_NAMES[prev]} ${w.key}`)];
  f.push(T1[prev]!, T12[prev2]![prev]!, pair[0], pair[1]);
}

/** What the first pass said of the same word elsewhere in the document. */
export interface DocumentEvidence {
  /** Lower-case word -> counts per type (PER, LOC, ORG, MISC), from the first pass. */
  types: Map<string, number[]>;
  /** Lower-case words seen written in lower case in the document. */
  lowercase: Set<string>;
}

/** Evidence slots: the four types, then "capitalised but in no name" (a sentence's first word). */
const TYPES: readonly string[] = ['PER', 'LOC', 'ORG', 'MISC', 'O'];

function majority(counts: readonly number[] | undefined): string {
  if (!counts) return 'none';
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return TYPES[best]!;
}

/** Counts one capitalised word (lower-cased) with its type, or none, into the document evidence. */
export function countEvidence(ev: DocumentEvidence, lower: string, type: NameType | undefined): void {
  let counts = ev.types.get(lower);
  if (!counts) ev.types.set(lower, (counts = [0, 0, 0, 0, 0]));
  counts[type ? TYPES.indexOf(type) : 4]!++;
}

/** Counts a first-pass tagging of one sentence into the document evidence. */
export function addEvidence(ev: DocumentEvidence, words: readonly string[], tags: readonly string[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isCapitalised(w)) {
      const c = w.charAt(0);
      if (c !== c.toUpperCase()) ev.lowercase.add(w.toLowerCase());
      continue;
    }
    countEvidence(ev, w.toLowerCase(), tagType(tags[i]!));
  }
}

const DOC_FEATURES = new Map(
  ['none', ...TYPES].map((t) => [t, [feat(`d=${t}`), feat(`dn=${t}`), feat(`dp=${t}`)] as const]),
);

/** Second-pass features (appended to `f`): the document's majority type for this word and its neighbours. */
export function documentFeatures(
  ev: DocumentEvidence,
  words: ReadonlyArray<WordInfo | undefined>,
  i: number,
  f: Feat[],
): void {
  const w = words[i]!;
  f.push(DOC_FEATURES.get(majority(ev.types.get(w.lower)))![0]);
  const next = words[i + 1];
  if (next && isCapitalised(next.text)) f.push(DOC_FEATURES.get(majority(ev.types.get(next.lower)))![1]);
  const prev = words[i - 1];
  if (prev && isCapitalised(prev.text)) f.push(DOC_FEATURES.get(majority(ev.types.get(prev.lower)))![2]);
  if (ev.lowercase.has(w.lower)) f.push(F.dlc);
}
