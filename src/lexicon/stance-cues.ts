// The stance cue table the stance engine reads: verbs by any of their forms (from PETRARCH2's
// CAMEO verb dictionary, generated into cues-cameo.ts, plus cue-additions.ts), their CAMEO code
// and stance kind, and the patterns around them that change the code ("lift sanctions" is 085,
// easing sanctions, not a conflict); nouns ("sanctions on X"); and the markers that reverse,
// deny or demand another stance. Built once, on first use.
//
// Pattern syntax (cues-cameo.ts and IDIOMS use it): "before * after [code]", tokens separated
// by spaces, "*" the verb.
//   word          that word (lower case; "cease-fire" also matches "cease", "-", "fire")
//   a_b           adjacent words ("military_aid"); a part may be a synonym set ("&military_aid")
//   &name         any member of a synonym set (a member may be several words)
//   $  +          the source / the target: one to six words, reported in the match
//   ^             any one to six words
// Up to MAX_GAP words may come before each literal token ("halted all military aid" matches
// "* aid"), but never punctuation. Code: CAMEO, "---" no event, "a:b" a paired event (the
// subject does a to the object, the object b to the subject), ":b" only the reverse event.
import { stanceKindOfCameo, type StanceKind } from '../model/vocab.js';
import {
  ADDED_SYNSETS,
  ADDED_VERBS,
  BROAD_VERBS,
  IDIOMS,
  MARKER_CODES,
  MARKERS,
  NOT_CUES,
  NOUN_CUES,
  VERB_OVERRIDES,
  type MarkerRole,
} from './cue-additions.js';
import { CAMEO_PATTERNS, CAMEO_SYNSETS, CAMEO_VERBS } from './cues-cameo.js';
import { verbForms } from './inflect.js';
import { addPhrasePrefixes } from './phrases.js';

/** Words a literal token may skip before it ("sanctions" in "lifted all remaining sanctions"). */
export const MAX_GAP = 3;
/** Most words a slot ($ + ^) spans. */
export const MAX_SLOT = 6;

// ---------------------------------------------------------------------------------------------
// Types

/** A CAMEO code read for the engine: what happens, and in which direction. */
export interface CueEvent {
  /** The CAMEO code of the event (null: no event, "[---]"). */
  code: string | null;
  /** The stance kind of the code's root; null for 01, 02, 08, 09 and for no event. */
  kind: StanceKind | null;
  /** The event runs from the object to the subject ("faced criticism from X": [:111]). */
  reversed: boolean;
  /** The paired event's code ("visit" 042:043: the host hosts, 043), when CAMEO gives one. */
  pairCode: string | null;
  /** Both sides do the same ([046:046]): either may be the source. */
  symmetric: boolean;
}

export type PatternToken =
  | { readonly type: 'literal'; readonly parts: readonly PatternPart[]; readonly text: string }
  | { readonly type: 'slot'; readonly role: 'source' | 'target' | 'any' };

export type PatternPart = { readonly word: string } | { readonly set: string };

export interface VerbPattern extends CueEvent {
  /** As written: "* sanctions [085]". */
  text: string;
  /** Tokens before the verb, in sentence order. */
  before: readonly PatternToken[];
  after: readonly PatternToken[];
  origin: 'cameo' | 'added';
  /** Our example sentence, for added patterns. */
  example?: string;
  /**
   * The plain single words of its literal tokens (no hyphen), on either side: a pattern can
   * match only where all of them occur around the verb (see mayMatch).
   */
  required: readonly string[];
}

export interface VerbCue extends CueEvent {
  lemma: string;
  /** The verb alone is not enough: require a pattern or a confident target (BROAD_VERBS). */
  broad: boolean;
  /** CAMEO blocks whose patterns apply. */
  blocks: readonly string[];
  patterns: readonly VerbPattern[];
  origin: 'cameo' | 'added';
}

export interface SlotAt {
  role: 'source' | 'target';
  side: 'before' | 'after';
  /** Index of the slot's first word in wordsBefore / wordsAfter (sentence order). */
  index: number;
}

export interface PatternMatch extends CueEvent {
  /** Words after the verb the pattern's literal tokens cover: the object starts here. */
  length: number;
  /** Words before the verb the pattern covers (counted back from the verb). */
  lengthBefore: number;
  slots: SlotAt[];
  pattern: VerbPattern;
}

export interface NounCue extends CueEvent {
  lemma: string;
  /** Prepositions that introduce the target ("sanctions on X"). */
  preps: readonly string[];
  prepRequired: boolean;
  example: string;
}

export interface Marker {
  role: MarkerRole;
  /** The marker's own CAMEO code, where CAMEO has one. */
  code: string | null;
  /** The row's first form, as a name ("~freeze" -> "freeze"). */
  name: string;
  example: string;
}

// ---------------------------------------------------------------------------------------------
// Codes

const CODE_RE = /^(?:---|\d{2,4})?(?::(?:---|\d{2,4}))?$/;

function digits(code: string | undefined): string | null {
  return code && code !== '---' ? code : null;
}

function kindOf(code: string | null): StanceKind | null {
  return code ? (stanceKindOfCameo(code.slice(0, 2)) ?? null) : null;
}

/** "042:043", "---", ":111", "190" -> the event the engine codes. */
export function cueEvent(raw: string): CueEvent {
  if (!CODE_RE.test(raw)) throw new Error(`stance-cues: bad CAMEO code "${raw}"`);
  const [first, second] = raw.split(':');
  const own = digits(first);
  const pair = digits(second);
  if (!own && pair) return { code: pair, kind: kindOf(pair), reversed: true, pairCode: null, symmetric: false };
  return { code: own, kind: kindOf(own), reversed: false, pairCode: pair, symmetric: !!own && own === pair };
}

/** Stance kind of a CAMEO code (by its root), null for no stance. */
export function kindOfCode(code: string | null): StanceKind | null {
  return kindOf(digits(code ?? undefined));
}

// ---------------------------------------------------------------------------------------------
// Patterns

interface SetMembers {
  /** Member word lists, longest first. */
  forward: readonly (readonly string[])[];
  backward: readonly (readonly string[])[];
  /**
   * The same lists by the word they start with (and by the first piece of a hyphenated first
   * word: "cease-fire" may be written "cease - fire"), in the same order: a set of 300
   * currencies is tried by one lookup, not 300 comparisons.
   */
  forwardByFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  backwardByFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** Backward, a hyphenated word is read from its last piece ("fire" of "cease-fire"), as matchWord reads it. */
function byFirstWord(lists: readonly (readonly string[])[], backward: boolean): Map<string, (readonly string[])[]> {
  const out = new Map<string, (readonly string[])[]>();
  const put = (key: string, list: readonly string[]) => {
    const at = out.get(key);
    if (at) at.push(list);
    else out.set(key, [list]);
  };
  for (const list of lists) {
    const first = list[0]!;
    put(first, list);
    const pieces = first.split('-');
    const piece = backward ? pieces[pieces.length - 1]! : pieces[0]!;
    if (piece !== first) put(piece, list);
  }
  return out;
}

function compileToken(text: string): PatternToken {
  if (text === '$') return { type: 'slot', role: 'source' };
  if (text === '+') return { type: 'slot', role: 'target' };
  if (text === '^') return { type: 'slot', role: 'any' };
  const parts = text
    .split('_')
    .filter(Boolean)
    .map((p): PatternPart => (p.startsWith('&') ? { set: p.slice(1) } : { word: p }));
  if (!parts.length) throw new Error(`stance-cues: empty pattern token "${text}"`);
  return { type: 'literal', parts, text };
}

/** "before * after [code]" -> a pattern; throws on a malformed one (the tables are ours). */
export function parsePattern(text: string, origin: 'cameo' | 'added' = 'added', example?: string): VerbPattern {
  const m = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(text);
  if (!m) throw new Error(`stance-cues: pattern without a [code]: "${text}"`);
  const sides = m[1]!.split('*');
  if (sides.length !== 2) throw new Error(`stance-cues: pattern needs one "*": "${text}"`);
  const tokens = (side: string) => side.trim().split(/\s+/).filter(Boolean).map(compileToken);
  const before = tokens(sides[0]!);
  const after = tokens(sides[1]!);
  const required: string[] = [];
  for (const token of [...after, ...before]) {
    if (token.type !== 'literal') continue;
    for (const part of token.parts) if ('word' in part && !part.word.includes('-')) required.push(part.word);
  }
  const pattern: VerbPattern = { text, before, after, origin, ...cueEvent(m[2]!.trim()), required };
  if (example !== undefined) pattern.example = example;
  return pattern;
}

/** Punctuation no gap or slot may cross; hyphens and possessives may be skipped. */
function isBarrier(word: string): boolean {
  return !/[\p{L}\p{N}]/u.test(word.charAt(0)) && word !== '-' && word !== "'s" && word !== '’s';
}

/** Words consumed by `word` at position p (0 if none): "cease-fire" also as "cease - fire". */
function matchWord(word: string, words: readonly string[], p: number, backward: boolean): number {
  if (words[p] === word) return 1;
  if (!word.includes('-')) return 0;
  const pieces = word.split('-');
  if (backward) pieces.reverse();
  for (let k = 0; k < pieces.length; k++) {
    if (words[p + 2 * k] !== pieces[k]) return 0;
    if (k < pieces.length - 1 && words[p + 2 * k + 1] !== '-') return 0;
  }
  return 2 * pieces.length - 1;
}

function matchSequence(seq: readonly string[], words: readonly string[], p: number, backward: boolean): number {
  let at = p;
  for (const w of seq) {
    const n = matchWord(w, words, at, backward);
    if (!n) return 0;
    at += n;
  }
  return at - p;
}

function matchLiteral(
  token: Extract<PatternToken, { type: 'literal' }>,
  words: readonly string[],
  p: number,
  backward: boolean,
  sets: ReadonlyMap<string, SetMembers>,
): number {
  const parts = backward ? [...token.parts].reverse() : token.parts;
  let at = p;
  for (const part of parts) {
    let n = 0;
    if ('word' in part) n = matchWord(part.word, words, at, backward);
    else {
      const members = sets.get(part.set);
      if (!members) throw new Error(`stance-cues: unknown synonym set "&${part.set}"`);
      const first = words[at];
      const candidates =
        first === undefined ? undefined : (backward ? members.backwardByFirst : members.forwardByFirst).get(first);
      for (const member of candidates ?? []) {
        n = matchSequence(member, words, at, backward);
        if (n) break;
      }
    }
    if (!n) return 0;
    at += n;
  }
  return at - p;
}

interface SideMatch {
  /** Words covered up to the end of the last literal token. */
  length: number;
  literalWords: number;
  gaps: number;
  slots: { role: 'source' | 'target'; index: number }[];
}

/**
 * Tokens against words from position 0 (words in reading order away from the verb: the words
 * after it, or the words before it reversed). First match with the least skipping.
 */
function matchSide(
  tokens: readonly PatternToken[],
  words: readonly string[],
  backward: boolean,
  sets: ReadonlyMap<string, SetMembers>,
): SideMatch | undefined {
  const slots: SideMatch['slots'] = [];
  const walk = (t: number, p: number, end: number, literalWords: number, gaps: number): SideMatch | undefined => {
    if (t === tokens.length) return { length: end, literalWords, gaps, slots: [...slots] };
    const token = tokens[t]!;
    if (token.type === 'slot') {
      for (let k = 1; k <= MAX_SLOT && p + k <= words.length; k++) {
        if (isBarrier(words[p + k - 1]!)) break;
        if (token.role !== 'any') slots.push({ role: token.role, index: p });
        // A final slot needs one word; where it ends is the engine's to find.
        const last = t === tokens.length - 1;
        const found = walk(t + 1, p + k, last ? end : p + k, literalWords, gaps);
        if (token.role !== 'any') slots.pop();
        if (found || last) return found;
      }
      return undefined;
    }
    for (let gap = 0; gap <= MAX_GAP && p + gap < words.length; gap++) {
      if (gap > 0 && isBarrier(words[p + gap - 1]!)) break;
      const n = matchLiteral(token, words, p + gap, backward, sets);
      if (n) {
        const found = walk(t + 1, p + gap + n, p + gap + n, literalWords + n, gaps + gap);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(0, 0, 0, 0, 0);
}

// ---------------------------------------------------------------------------------------------
// The index

/** Phrases by their lower-case text, words joined by single spaces ("put down", "cease-fire"). */
interface PhraseTable<T> {
  map: Map<string, T>;
  /** Most words in a phrase ("put down" is 2). */
  maxWords: number;
  /** Every text a longer phrase goes on from (before a space or a hyphen): "put", "cease". */
  prefixes: Set<string>;
}

function phraseTable<T>(map: Map<string, T>): PhraseTable<T> {
  const prefixes = new Set<string>();
  let maxWords = 1;
  // A "-" token joins its neighbours in longestAt: "cease" goes on to "cease-fire".
  for (const key of map.keys()) maxWords = Math.max(maxWords, addPhrasePrefixes(key, prefixes, true));
  return { map, maxWords, prefixes };
}

interface Index {
  verbs: PhraseTable<VerbCue>;
  nouns: PhraseTable<NounCue>;
  markers: PhraseTable<Marker>;
  sets: Map<string, SetMembers>;
}

let built: Index | undefined;

function words(s: string): string[] {
  return s.split(' ').filter(Boolean);
}

function members(list: string): SetMembers {
  const forward = list
    .split('|')
    .map(words)
    .filter((m) => m.length)
    .sort((a, b) => b.length - a.length);
  const backward = forward.map((m) => [...m].reverse());
  return {
    forward,
    backward,
    forwardByFirst: byFirstWord(forward, false),
    backwardByFirst: byFirstWord(backward, true),
  };
}

/** "~call on" -> "call on", "calls on", "called on", "calling on". */
function markerForms(form: string): string[] {
  if (!form.startsWith('~')) return [form];
  const [verb, ...rest] = words(form.slice(1));
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  return verbForms(verb!).map((f) => f + tail);
}

function buildIndex(): Index {
  const sets = new Map<string, SetMembers>();
  for (const [name, list] of Object.entries(CAMEO_SYNSETS)) sets.set(name, members(list));
  for (const [name, list] of Object.entries(ADDED_SYNSETS)) sets.set(name, members(list));

  const blockPatterns = new Map<string, VerbPattern[]>();
  const patternsOf = (block: string): VerbPattern[] => {
    let list = blockPatterns.get(block);
    if (!list) {
      list = (CAMEO_PATTERNS[block] ?? []).map((p) => parsePattern(p, 'cameo'));
      blockPatterns.set(block, list);
    }
    return list;
  };

  const broad = new Set(BROAD_VERBS.flatMap((r) => r.lemmas.split('|')));
  const overrides = new Map(VERB_OVERRIDES.map((r) => [r.lemma, r.code]));
  const idioms = new Map<string, VerbPattern[]>();
  for (const row of IDIOMS) {
    const list = idioms.get(row.lemma) ?? [];
    list.push(parsePattern(`${row.pattern} [${row.code}]`, 'added', row.example));
    idioms.set(row.lemma, list);
  }
  const excluded = new Set(NOT_CUES.map((r) => r.form));

  const verbs = new Map<string, VerbCue>();
  const makeCue = (lemma: string, code: string, blocks: readonly string[], origin: VerbCue['origin']): VerbCue => ({
    lemma,
    ...cueEvent(overrides.get(lemma) ?? code),
    broad: broad.has(lemma),
    blocks,
    // Compiled on first use: most of the 4,000 patterns are never needed in a run.
    get patterns(): readonly VerbPattern[] {
      // Our idioms first: on a tie they win.
      const value = [...(idioms.get(lemma) ?? []), ...blocks.flatMap(patternsOf)];
      Object.defineProperty(this, 'patterns', { value, enumerable: true });
      return value;
    },
    origin,
  });
  const add = (forms: readonly string[], cue: VerbCue) => {
    for (const f of forms) if (!excluded.has(f) && !verbs.has(f)) verbs.set(f, cue);
  };
  for (const [forms, code, blocks] of CAMEO_VERBS) {
    const list = forms.split('|');
    add(list, makeCue(list[0]!, code, words(blocks), 'cameo'));
  }
  for (const row of ADDED_VERBS) add(verbForms(row.lemma), makeCue(row.lemma, row.code, words(row.blocks), 'added'));
  // An idiom on a verb no table has yet ("normalize") makes one with no code of its own.
  for (const lemma of idioms.keys()) {
    if (verbs.get(lemma)?.lemma === lemma) continue;
    const forms = lemma.includes(' ')
      ? verbForms(words(lemma)[0]!).map((f) => [f, ...words(lemma).slice(1)].join(' '))
      : verbForms(lemma);
    add(forms, makeCue(lemma, '---', [], 'added'));
  }

  const nouns = new Map<string, NounCue>();
  for (const row of NOUN_CUES) {
    const forms = row.forms.split('|');
    const cue: NounCue = {
      lemma: forms[0]!,
      ...cueEvent(row.code),
      preps: words(row.preps),
      prepRequired: !!row.prepRequired,
      example: row.example,
    };
    if (row.symmetric) cue.symmetric = true;
    for (const f of forms) if (!nouns.has(f)) nouns.set(f, cue);
  }

  const markers = new Map<string, Marker>();
  for (const row of MARKERS) {
    const forms = row.forms.split('|');
    const marker: Marker = { role: row.role, code: row.code, name: forms[0]!.replace(/^~/, ''), example: row.example };
    for (const f of forms.flatMap(markerForms)) if (!markers.has(f)) markers.set(f, marker);
  }

  return { verbs: phraseTable(verbs), nouns: phraseTable(nouns), markers: phraseTable(markers), sets };
}

function index(): Index {
  return (built ??= buildIndex());
}

/**
 * The longest phrase of `table` that the words from `start` spell (a "-" token joins its
 * neighbours). Stops at the first text no phrase goes on from: most words start none.
 */
function longestAt<T>(
  table: PhraseTable<T>,
  tokens: readonly string[],
  start: number,
): { value: T; length: number } | undefined {
  const { map, maxWords, prefixes } = table;
  let key = '';
  let words = 0;
  let best: { value: T; length: number } | undefined;
  for (let i = start; i < tokens.length && words < maxWords; i++) {
    const t = tokens[i]!;
    if (t === '-' && key) {
      key += '-';
      continue;
    }
    const joined = key.endsWith('-');
    key = key && !joined ? `${key} ${t}` : key + t;
    if (!joined) words++;
    const value = map.get(key);
    if (value !== undefined) best = { value, length: i - start + 1 };
    if (!prefixes.has(key)) break;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// API

/** The cue of a verb form, lower case; multi-word verbs with single spaces ("put down"). */
export function verbCue(form: string): VerbCue | undefined {
  return index().verbs.map.get(form);
}

/** The longest verb form starting at tokens[start] (lower-case tokens): "called off" over "called". */
export function findVerbCue(tokens: readonly string[], start: number): { cue: VerbCue; length: number } | undefined {
  const found = longestAt(index().verbs, tokens, start);
  return found && { cue: found.value, length: found.length };
}

/**
 * The best pattern of a verb around it: wordsAfter are the lower-case words after the verb (a
 * clause is enough), wordsBefore the words before it, in sentence order. The pattern matching
 * the most literal words wins; then more slots, less skipping, and our idioms before CAMEO's.
 * Undefined when none matches: the verb's own code applies.
 */
export function matchVerbPattern(
  cue: VerbCue,
  wordsAfter: readonly string[],
  wordsBefore: readonly string[] = [],
): PatternMatch | undefined {
  const { sets } = index();
  const present = new Set([...wordsAfter, ...wordsBefore]);
  const reversedBefore = [...wordsBefore].reverse();
  let best: { match: PatternMatch; score: [number, number, number] } | undefined;
  for (const pattern of candidatePatterns(cue, present)) {
    if (!mayMatch(pattern, present)) continue;
    const after = matchSide(pattern.after, wordsAfter, false, sets);
    if (!after) continue;
    const before = matchSide([...pattern.before].reverse(), reversedBefore, true, sets);
    if (!before) continue;
    const score: [number, number, number] = [
      after.literalWords + before.literalWords,
      after.slots.length + before.slots.length,
      -(after.gaps + before.gaps),
    ];
    if (best && !better(score, best.score)) continue;
    const slots: SlotAt[] = [
      ...before.slots.map((s) => ({ role: s.role, side: 'before' as const, index: wordsBefore.length - 1 - s.index })),
      ...after.slots.map((s) => ({ role: s.role, side: 'after' as const, index: s.index })),
    ];
    const { code, kind, reversed, pairCode, symmetric } = pattern;
    best = {
      match: {
        ...{ code, kind, reversed, pairCode, symmetric },
        length: after.length,
        lengthBefore: before.length,
        slots,
        pattern,
      },
      score,
    };
  }
  return best?.match;
}

function better(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/** A verb's patterns by one of their required words (the longest: most often the rarest). */
interface PatternsByWord {
  /** Indexes (into cue.patterns) of the patterns that require no plain word. */
  free: readonly number[];
  byWord: ReadonlyMap<string, readonly number[]>;
}

const patternsByWord = new WeakMap<VerbCue, PatternsByWord>();

function patternIndex(cue: VerbCue): PatternsByWord {
  let found = patternsByWord.get(cue);
  if (found) return found;
  const free: number[] = [];
  const byWord = new Map<string, number[]>();
  cue.patterns.forEach((pattern, i) => {
    let key: string | undefined;
    for (const w of pattern.required) if (key === undefined || w.length > key.length) key = w;
    if (key === undefined) free.push(i);
    else {
      const list = byWord.get(key);
      if (list) list.push(i);
      else byWord.set(key, [i]);
    }
  });
  found = { free, byWord };
  patternsByWord.set(cue, found);
  return found;
}

/**
 * The patterns of a verb whose key word occurs around it, in the verb's order (on a tie the
 * earlier pattern wins): a verb has up to hundreds of patterns and a clause a dozen words.
 */
function candidatePatterns(cue: VerbCue, present: ReadonlySet<string>): VerbPattern[] {
  const { free, byWord } = patternIndex(cue);
  const picked = [...free];
  for (const w of present) {
    const list = byWord.get(w);
    if (list) for (const i of list) picked.push(i);
  }
  picked.sort((a, b) => a - b);
  return picked.map((i) => cue.patterns[i]!);
}

/** Quick reject: every plain single word of the pattern must occur somewhere around the verb. */
function mayMatch(pattern: VerbPattern, present: ReadonlySet<string>): boolean {
  for (const word of pattern.required) if (!present.has(word)) return false;
  return true;
}

/** The cue of a noun (lower case, a single form: "sanctions", "air strikes"). */
export function nounCue(form: string): NounCue | undefined {
  return index().nouns.map.get(form);
}

/** The longest noun cue starting at tokens[start]: "air strikes" over "air". */
export function findNounCue(tokens: readonly string[], start: number): { cue: NounCue; length: number } | undefined {
  const found = longestAt(index().nouns, tokens, start);
  return found && { cue: found.value, length: found.length };
}

/** The longest marker starting at tokens[start]: "refused to", "did not" (as "not"), "cut off". */
export function findMarker(tokens: readonly string[], start: number): { marker: Marker; length: number } | undefined {
  const found = longestAt(index().markers, tokens, start);
  return found && { marker: found.value, length: found.length };
}

/** A marker by its exact form ("froze", "refused to"). */
export function markerCue(form: string): Marker | undefined {
  return index().markers.map.get(form);
}

/**
 * The code a marker makes of the stance it governs: "froze" + aid (070) -> 162, "threatened
 * to" + sanctions (163) -> 1312, "lifted" + sanctions (163) -> 085 (no stance). Null: no event.
 */
export function markedEvent(role: MarkerRole, governed: string | null): CueEvent {
  const table = MARKER_CODES[role];
  let code: string | null | undefined;
  if (governed) {
    for (let n = Math.min(4, governed.length); n >= 2 && code === undefined; n--) code = table[governed.slice(0, n)];
  }
  if (code === undefined) code = table['*'] ?? null;
  return cueEvent(code ?? '---');
}

/** Counts for the README and the tests. */
export function cueTableSize(): Record<'verbForms' | 'lemmas' | 'patterns' | 'nouns' | 'markers', number> {
  const { verbs, nouns, markers } = index();
  const cues = new Set(verbs.map.values());
  const patterns = new Set([...cues].flatMap((c) => c.patterns));
  return {
    verbForms: verbs.map.size,
    lemmas: cues.size,
    patterns: patterns.size,
    nouns: nouns.map.size,
    markers: markers.map.size,
  };
}
