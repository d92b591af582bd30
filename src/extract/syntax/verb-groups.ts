// What a stance rule asks of a clause, read off tags and chunks: the verb groups (head,
// auxiliaries, modals, negation, voice, infinitive), coordinators and clause openers. Pure
// functions of the tokens and a `SentenceSyntax`; the word lists are lower-cased token texts,
// as our tokenizer leaves them ("don't" -> don / ' / t, "he's" -> he / 's, "we're" -> we / ' / re).
import type { Token } from '../tokens.js';
import type { Chunk, SentenceSyntax } from './types.js';

/** Forms of be, the passive and progressive auxiliary: "was invited", "has been criticised", "isn't". */
const BE = new Set([
  'be',
  'am',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  "'s",
  're',
  'm',
  'isn',
  'aren',
  'wasn',
  'weren',
  'ain',
]);
/** Forms of get, a passive auxiliary too: "got arrested", "gets sanctioned". */
const GET = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
/** Forms of have, the perfect auxiliary: "has signed", "they've agreed", "hadn't met". */
const HAVE = new Set(['have', 'has', 'had', 'having', 've', 'hasn', 'haven', 'hadn']);
/** Forms of do, the support auxiliary: "did not meet", "doesn't want", "don't". */
const DO = new Set(['do', 'does', 'did', 'don', 'doesn', 'didn']);
/** Negators inside a verb group: "did not meet", "has never visited", "cannot accept"; t after an apostrophe is n't. */
const NEGATORS = new Set(['not', 'never', 'cannot']);
const APOSTROPHES = new Set(["'", '\u2019']);
/** Adverbs between an auxiliary and its verb, where the chunker may cut: "will also attend", "did not meet". */
const BETWEEN_TAGS = new Set(['RB', 'RBR', 'RBS']);

/**
 * Words that open a clause, by tag (a word with another tag opens nothing: "that" as DT in
 * "that accord"). Examples: warned that(IN) it would halt -> complement; asked whether(IN) ->
 * complement; if(IN) talks fail -> condition; the envoy who(WP) met -> relative; the accord
 * which(WDT) / that(WDT) ended -> relative; whose(WP$) -> relative; urged Iran to(TO) free -> infinitive.
 */
const OPENERS: ReadonlyMap<string, ClauseOpener> = new Map([
  ['that IN', 'complement'],
  ['whether IN', 'complement'],
  ['if IN', 'condition'],
  ['unless IN', 'condition'],
  ['that WDT', 'relative'],
  ['which WDT', 'relative'],
  ['who WP', 'relative'],
  ['whom WP', 'relative'],
  ['whose WP$', 'relative'],
  ['to TO', 'infinitive'],
]);

export type ClauseOpener = 'complement' | 'relative' | 'condition' | 'infinitive';

/**
 * A verb group: the verbs of one predicate with their auxiliaries. Example, "Ankara has not
 * been invited": head = invited, auxiliaries = [has, been], negated, passive.
 */
export interface VerbGroup {
  /** Token range [from, to): usually one VP chunk, or the part of one from a "to" on. */
  from: number;
  to: number;
  /**
   * The lexical verb, the last verb of the group ("meet" in "did not meet"); a modal or an
   * auxiliary when nothing follows it ("he said he would"). Every group has one.
   */
  head: number;
  /** Forms of be, have, do and get before the head: [has, been] in "has been criticised". */
  auxiliaries: number[];
  /** Modal verbs (MD): [would] in "would halt" and in "he said he would", [won] in "won't attend". */
  modals: number[];
  /** not, n't, never or cannot in the group: "did not meet", "won't attend". */
  negated: boolean;
  /** The last auxiliary is a form of be or get and the head a past participle: "was invited", "got arrested". */
  passive: boolean;
  /** The group starts with "to": "to free" in "urged Iran to free the detainees". */
  infinitive: boolean;
  /**
   * Index (in the returned list) of the group this infinitive completes within the same
   * phrase: "wants" for "to sign" in "Moscow wants to sign"; -1 otherwise (also when an object
   * stands between them, as Iran in "urged Iran to free": see the chunks for that).
   */
  governor: number;
}

function isVerbTag(tag: string): boolean {
  return tag.startsWith('VB') || tag === 'MD';
}

function isNegator(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i]!.lower;
  if (NEGATORS.has(lower)) return true;
  // "don't" -> don / ' / t: the t of n't.
  return lower === 't' && i > 0 && APOSTROPHES.has(tokens[i - 1]!.text) && tokens[i - 1]!.end === tokens[i]!.start;
}

function isAuxiliary(lower: string): boolean {
  return BE.has(lower) || HAVE.has(lower) || DO.has(lower) || GET.has(lower);
}

/** Token ranges of the VP chunks, joined across adverbs after an auxiliary: "will" (VP) "also" (ADVP) "attend" (VP). */
function verbSpans(tokens: readonly Token[], syntax: SentenceSyntax): [number, number][] {
  const spans: [number, number][] = [];
  const { chunks, pos, from: base } = syntax;
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    if (chunk.type !== 'VP') continue;
    let to = chunk.to;
    let next = c + 1;
    for (;;) {
      const last = to - 1;
      const open = pos[last - base] === 'MD' || isAuxiliary(tokens[last]!.lower) || isNegator(tokens, last);
      if (!open) break;
      let k = next;
      while (k < chunks.length && chunks[k]!.type !== 'VP' && spanHasOnly(chunks[k]!, pos, base, BETWEEN_TAGS)) k++;
      if (k === next || k >= chunks.length || chunks[k]!.type !== 'VP') break;
      to = chunks[k]!.to;
      next = k + 1;
      c = k;
    }
    spans.push([chunk.from, to]);
  }
  return spans;
}

function spanHasOnly(chunk: Chunk, pos: readonly string[], base: number, tags: ReadonlySet<string>): boolean {
  for (let i = chunk.from; i < chunk.to; i++) if (!tags.has(pos[i - base]!)) return false;
  return true;
}

/**
 * The verb groups of a sentence, in order. A VP chunk with an inner "to" gives one group per
 * verb: "wants to sign" -> [wants] and [to sign] (infinitive, governor = the first).
 * Example: "The minister did not meet his counterpart." -> one group, head meet, auxiliaries
 * [did], negated.
 */
export function verbGroups(tokens: readonly Token[], syntax: SentenceSyntax): VerbGroup[] {
  const out: VerbGroup[] = [];
  const { pos, from: base } = syntax;
  for (const [from, to] of verbSpans(tokens, syntax)) {
    // Cut before every "to" that is not the first word: "expected to try to sign" -> 3 groups.
    let start = from;
    let governor = -1;
    for (let i = from; i <= to; i++) {
      if (i < to && (i === start || !(pos[i - base] === 'TO'))) continue;
      const group = analyse(tokens, pos, base, start, i);
      group.governor = group.infinitive ? governor : -1;
      // A stranded "to" ("Lavrov agreed to.") has no verb: no group.
      if (group.head >= 0) {
        out.push(group);
        governor = out.length - 1;
      }
      start = i;
    }
  }
  return out;
}

/**
 * The verb groups starting in one chunk: `verbGroups` filtered (it reads the whole sentence,
 * so call `verbGroups` once when you need the groups of many chunks).
 */
export function verbGroupsOf(tokens: readonly Token[], syntax: SentenceSyntax, chunk: Chunk): VerbGroup[] {
  return verbGroups(tokens, syntax).filter((g) => g.from >= chunk.from && g.from < chunk.to);
}

function analyse(tokens: readonly Token[], pos: readonly string[], base: number, from: number, to: number): VerbGroup {
  let head = -1;
  let lexical = -1;
  let negated = false;
  for (let i = from; i < to; i++) {
    const tag = pos[i - base]!;
    if (isNegator(tokens, i)) negated = true;
    else if (isVerbTag(tag)) {
      head = i;
      if (tag !== 'MD') lexical = i;
    }
  }
  // The head is the last verb other than a modal; a modal heads only a group of its own ("he would").
  if (lexical >= 0) head = lexical;
  const auxiliaries: number[] = [];
  const modals: number[] = [];
  for (let i = from; i < to; i++) {
    if (isNegator(tokens, i)) continue;
    const tag = pos[i - base]!;
    // A modal counts even as the head of its own group: "would" in "he said he would".
    if (tag === 'MD') modals.push(i);
    else if (i !== head && isVerbTag(tag) && isAuxiliary(tokens[i]!.lower)) auxiliaries.push(i);
  }
  const headTag = head >= 0 ? pos[head - base]! : '';
  const lastAux = auxiliaries.at(-1);
  const passive =
    head >= 0 &&
    (headTag === 'VBN' || headTag === 'VBD') &&
    lastAux !== undefined &&
    lastAux < head &&
    (BE.has(tokens[lastAux]!.lower) || GET.has(tokens[lastAux]!.lower));
  const infinitive = pos[from - base] === 'TO';
  return { from, to, head, auxiliaries, modals, negated, passive, infinitive, governor: -1 };
}

/** Whether token i is a coordinating conjunction (CC): "and" in "Russia and China", "but", "or", "nor". */
export function isCoordinator(syntax: SentenceSyntax, i: number): boolean {
  return syntax.pos[i - syntax.from] === 'CC';
}

/**
 * The kind of clause token i opens, or null: "warned that it would halt" -> complement at
 * "that"; "the envoy who met" -> relative; "urged Iran to free" -> infinitive (a "to" before
 * a verb; "to" before a noun is a preposition and opens nothing). A "that" (IN) with no verb
 * after it is a determiner the tagger misread: "Turkey rejected that accord." -> null. An
 * object relative ("the accord that Turkey rejected") may come out as complement: the tagger
 * often reads its "that" as IN; a noun just before it tells them apart.
 */
export function clauseOpener(tokens: readonly Token[], syntax: SentenceSyntax, i: number): ClauseOpener | null {
  const tag = syntax.pos[i - syntax.from];
  if (tag === undefined) return null;
  const kind = OPENERS.get(`${tokens[i]!.lower} ${tag}`);
  if (kind === undefined) return null;
  if (kind === 'infinitive') {
    // "to" opens a clause when a verb follows, perhaps after adverbs: "to free", "to swiftly end".
    for (let k = i + 1; k < syntax.to; k++) {
      const next = syntax.pos[k - syntax.from]!;
      if (next.startsWith('VB')) return 'infinitive';
      if (!BETWEEN_TAGS.has(next)) return null;
    }
    return null;
  }
  for (let k = i + 1; k < syntax.to; k++) if (isVerbTag(syntax.pos[k - syntax.from]!)) return kind;
  return null;
}
