// The name typer in the mention stage: the lexicons read first; the typer then decides the
// capitalised words they leave open ("Hakainde Hichilema", "Médecins Sans Frontières",
// "Kharkiv") and vetoes persons that are capitalised common words read from a title alone
// ("Chief Strategy Officer" names no one called Strategy). Only sentences with an open
// capitalised word are tagged, so the cost follows the names the lexicons do not know.
import type { Mention } from '../../model/extraction.js';
import type { EntityKind } from '../../model/vocab.js';
import { tokenKey, type LexiconEntry } from '../../lexicon/index.js';
import { mention, oneLine } from '../mention.js';
import type { MentionContext } from '../mentions.js';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { tokenAt, type Token } from '../tokens.js';
import { candidates, countEvidence, isCapitalised, tagType, type NameTag } from './features.js';
import { getNameTyper } from './model.js';
import { emptyEvidence, tagSpans, type TyperSentence } from './typer.js';
import { typerWords, type TyperWord } from './words.js';

export { getNameTyper } from './model.js';
export { NameTyper, type TyperSentence } from './typer.js';
export { NAME_TAGS, type NameTag, type NameType } from './features.js';
export { typerWords, type TyperWord } from './words.js';

/**
 * The CoNLL type of a lexicon reading's words: context for the typer's decisions. CoNLL types
 * the surface, so a city standing for a body ("Brussels" for the EU, "Moscow" for Russia) is a
 * place there, and a demonym or a people is "other".
 */
function lexiconTag(m: Mention, isCity: (lower: string) => boolean): 'PER' | 'LOC' | 'ORG' | 'MISC' {
  if (m.kind === 'person') return 'PER';
  if (m.form === 'demonym' || m.kind === 'group') return 'MISC';
  if (m.kind === 'state' || m.kind === 'place' || m.form === 'metonym' || isCity(m.text.toLowerCase())) return 'LOC';
  return 'ORG';
}

const KINDS: Record<string, EntityKind | undefined> = { PER: 'person', ORG: 'organisation', LOC: 'place' };

/** Prepositions of place: "in Denver", "near Goma". */
const LOCATIVES = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'around', 'across']);

/**
 * A name is added only when every word of it was decided with at least this lead of the best
 * tag over the next (in weight units). On CoNLL-2003 testa, names above 2 keep 91.5% precision
 * (against 90.1% for all) and lose 0.3 points of recall: the least sure guesses go.
 */
const MIN_MARGIN = 1.5;

function lowercaseWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (t.word && !t.cap) out.add(t.lower);
  return out;
}

/** Words of titles and the function words that open sentences: no name is made of them alone. */
const NOT_NAMES = new Set([
  ...TITLE_HEADS,
  ...TITLE_MODIFIERS,
  ...HONORIFICS,
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'we',
  'they',
  'he',
  'she',
  'it',
  'has',
  'have',
  'had',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'not',
  'no',
  'yes',
  'all',
  'some',
  'many',
  'most',
]);

/**
 * Whether typed words may stand as a name the typer adds. A name of common words only ("Strategy",
 * "Leaders Summit", "Comprehensive Strategic Partnership") is more often a capitalised phrase
 * of the story than an actor: it needs a given name in front ("Mark Brown") to be a person,
 * and is no organisation or place on its own.
 */
function isNameLike(
  names: readonly string[],
  type: string,
  isCommon: (lower: string) => boolean,
  given: ReadonlySet<string>,
): boolean {
  const lower = names.map((n) => n.toLowerCase()).filter((n) => /\p{L}/u.test(n));
  if (lower.length === 0 || lower.every((n) => NOT_NAMES.has(n))) return false;
  const givenFirst = lower.length >= 2 && given.has(lower[0]!);
  // A person's name ends with a name, not a word ("Biden Administration", "Brainard Senior"),
  // unless a given name opens it ("Gordon Brown").
  if (type === 'PER' && isCommon(lower[lower.length - 1]!) && !givenFirst) return false;
  if (lower.some((n) => !isCommon(n) && !NOT_NAMES.has(n))) return true;
  return type === 'PER' && givenFirst;
}

/** A headline in capitals or in title case: three or more longer words, all capitalised. */
function isHeadingCase(words: readonly string[]): boolean {
  let long = 0;
  for (const w of words) {
    if (w.length < 4 || !/^\p{L}/u.test(w)) continue;
    if (!isCapitalised(w)) return false;
    long++;
  }
  return long >= 3;
}

/** The same, on tokens[from, to). */
function isHeadingCaseTokens(tokens: readonly Token[], from: number, to: number): boolean {
  let long = 0;
  for (let t = from; t < to; t++) {
    const tok = tokens[t]!;
    if (tok.text.length < 4 || !tok.word || !/^\p{L}/u.test(tok.text)) continue;
    if (!tok.cap) return false;
    long++;
  }
  return long >= 3;
}

/** `found` (the lexicon readings, in text order) with the typer's vetoes and additions. */
export function withTypedNames(ctx: MentionContext, found: readonly Mention[], weak: ReadonlySet<Mention>): Mention[] {
  const { tokens, text } = ctx;
  if (tokens.length === 0) return [...found];
  const typer = getNameTyper();
  const common = typer.gazetteer.common;

  const cities = typer.gazetteer.lists.find((l) => l.flag === 'gc')?.names;
  const isCity = (lower: string) => !!cities?.has(oneLine(lower));
  const weakTok = new Uint8Array(tokens.length);
  for (const m of weak)
    for (let k = tokenAt(tokens, m.start); k < tokens.length && tokens[k]!.start < m.end; k++) weakTok[k] = 1;
  // Tokens the lexicons settled, with the tag of their reading.
  const fixedTok = new Array<NameTag | undefined>(tokens.length);
  for (const m of found) {
    if (weak.has(m)) continue;
    const type = lexiconTag(m, isCity);
    for (
      let k = tokenAt(tokens, m.start), first = true;
      k < tokens.length && tokens[k]!.start < m.end;
      k++, first = false
    ) {
      fixedTok[k] = `${first ? 'B' : 'I'}-${type}` as NameTag;
    }
  }

  // Sentences as typer words; a sentence is tagged only when a capitalised word is left open.
  const starts = [...ctx.sentenceStarts].filter((i) => i > 0 && i < tokens.length).sort((a, b) => a - b);
  starts.unshift(0);
  const sentences: TyperSentence[] = [];
  const words: TyperWord[][] = [];
  // Evidence from the sentences left untagged, and the types the lexicons gave in their text.
  const evidence = emptyEvidence();
  const settledInText = new Map<string, string>();
  let anyActive = false;
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = k + 1 < starts.length ? starts[k + 1]! : tokens.length;
    if (to <= from) continue;
    // Open words that can change anything: a capitalised word no lexicon read that is not a
    // common word (names of common words alone are never added), or a weak person to check.
    const interesting = (t: number) =>
      !fixedTok[t] &&
      tokens[t]!.cap &&
      tokens[t]!.word &&
      (weakTok[t] === 1 || (tokens[t]!.text !== 'I' && !common.has(tokens[t]!.lower)));
    let active = false;
    for (let t = from; t < to && !active; t++) active = interesting(t);
    if (!active) {
      // Still evidence for the document: its lower-case words and its lexicon readings.
      const heading = isHeadingCaseTokens(tokens, from, to);
      for (let t = from; t < to; t++) {
        const tok = tokens[t]!;
        if (!tok.word) continue;
        if (!tok.cap) {
          const c = tok.text.charAt(0);
          if (c !== c.toUpperCase()) evidence.lowercase.add(tok.lower);
          continue;
        }
        const type = tagType(fixedTok[t] ?? 'O');
        countEvidence(evidence, tok.lower, type);
        if (type && !heading) settledInText.set(tok.lower, type);
      }
      continue;
    }
    anyActive = true;
    const ws = typerWords(tokens, from, to);
    const texts = ws.map((w) => w.text);
    const fixed = ws.map((w) => fixedTok[w.first]);
    // Only runs of capitalised words holding an interesting word are decided: the others
    // could only make names of common words.
    const cand = candidates(texts);
    const decide = new Array<boolean>(ws.length).fill(false);
    for (let j = 0; j < ws.length;) {
      if (!cand[j]) {
        j++;
        continue;
      }
      let e = j;
      let wanted = false;
      for (; e < ws.length && cand[e]; e++)
        for (let t = ws[e]!.first; t < ws[e]!.end; t++) if (interesting(t)) wanted = true;
      if (wanted) for (let x = j; x < e; x++) decide[x] = true;
      j = e;
    }
    words.push(ws);
    sentences.push({ words: texts, fixed, active: true, decide });
  }
  if (!anyActive) return [...found];
  const { tags, margins } = typer.tagWithMargins(sentences, evidence);

  let lowercase: Set<string> | undefined;
  const isCommon = (lower: string) => common.has(lower) || (lowercase ??= lowercaseWords(tokens)).has(lower);
  const given = typer.gazetteer.given;
  // The typer's names, as token ranges: names start and end with a capitalised word ("Bank of" is none).
  const typed: Array<{ first: number; end: number; type: string; sentence: number; names: string[]; margin: number }> =
    [];
  const typedAt = new Int32Array(tokens.length).fill(-1);
  words.forEach((ws, k) => {
    for (const span of tagSpans(tags[k]!)) {
      let a = span.start;
      let b = span.end;
      // Titles and honorifics are not part of the name ("Mr Blair", "President Aoun"), nor, before
      // a person, the common words of a title ("Domestic Policy Advisor Susan Rice").
      const lead = (w: string) => {
        const lower = w.toLowerCase().replace(/\.$/, '');
        return (
          !isCapitalised(w) || NOT_NAMES.has(lower) || (span.type === 'PER' && isCommon(lower) && !given.has(lower))
        );
      };
      while (a < b && lead(ws[a]!.text)) a++;
      while (b > a && !isCapitalised(ws[b - 1]!.text)) b--;
      if (a >= b) continue;
      const first = ws[a]!.first;
      // A closing full stop is the sentence's as much as the name's ("… Biden Jr. thanked"): left out.
      let end = ws[b - 1]!.end;
      while (end - 1 > first && !tokens[end - 1]!.word) end--;
      let margin = Infinity;
      for (let j = span.start; j < span.end; j++) margin = Math.min(margin, margins[k]?.[j] ?? Infinity);
      let type = span.type;
      // "spoke in Denver", "reached in Brussels and Ohrid": a one-word city after a preposition
      // of place, or joined by "and" to a place, is a place, whatever people or bodies share its name.
      const before = ws[a - 1]?.text.toLowerCase() ?? '';
      const joinedToPlace = (before === 'and' || before === ',') && tags[k]![a - 2]?.endsWith('LOC') === true;
      if (
        (type === 'PER' || type === 'ORG') &&
        b - a === 1 &&
        isCity(ws[a]!.text.toLowerCase()) &&
        (LOCATIVES.has(before) || joinedToPlace)
      )
        type = 'LOC';
      for (let t = first; t < end; t++) typedAt[t] = typed.length;
      typed.push({ first, end, type, sentence: k, names: ws.slice(a, b).map((w) => w.text), margin });
    }
  });

  // Persons read from a title or a speech verb alone are checked: made of common words only,
  // they go unless the typer reads a person there too ("Chief Program Officer", "Justice
  // Agenda"); when the typer reads a longer name around them, they take it ("Ngozi Okonjo-Iweala").
  const kept: Mention[] = [];
  const covered = new Uint8Array(tokens.length);
  for (let m of found) {
    let first = tokenAt(tokens, m.start);
    // Only a name read as written (not a known person's surname) is the typer's to check.
    if (weak.has(m) && m.canonical === oneLine(m.text)) {
      const span = typed[typedAt[first]!];
      if (span?.type !== 'PER') {
        let allCommon = true;
        for (let k = first; k < tokens.length && tokens[k]!.start < m.end; k++)
          if (tokens[k]!.word && !isCommon(tokens[k]!.lower)) allCommon = false;
        if (allCommon) continue;
      } else if (
        tokens[span.first]!.start <= m.start &&
        tokens[span.end - 1]!.end >= m.end &&
        isNameLike(span.names, 'PER', isCommon, given)
      ) {
        let free = true;
        for (let t = span.first; t < span.end; t++) if (fixedTok[t]) free = false;
        if (free) {
          const start = tokens[span.first]!.start;
          const end = tokens[span.end - 1]!.end;
          const surface = text.slice(start, end);
          m = mention({ ...m, start, end, text: surface, form: 'name', canonical: oneLine(surface) });
          first = span.first;
        }
      }
    }
    kept.push(m);
    for (let k = first; k < tokens.length && tokens[k]!.start < m.end; k++) covered[k] = 1;
  }

  // Additions: the typer's persons, organisations and places where no reading stands. A
  // headline's case says nothing, so there a name needs the same type in the story's text.
  const headline = sentences.map((s) => isHeadingCase(s.words));
  const typedInText = settledInText;
  sentences.forEach((_, k) => {
    if (headline[k]) return;
    tags[k]!.forEach((t, j) => t !== 'O' && typedInText.set(sentences[k]!.words[j]!.toLowerCase(), t.slice(2)));
  });
  const added: Mention[] = [];
  for (const span of typed) {
    const kind = KINDS[span.type];
    if (!kind || span.margin < MIN_MARGIN) continue;
    const { names } = span;
    if (headline[span.sentence] && typedInText.get(names[names.length - 1]!.toLowerCase()) !== span.type) continue;
    if (!isNameLike(names, span.type, isCommon, given)) continue;
    // One word alone is no person to add: news names a person in full first, and the surname
    // after it joins that full name in resolve; a lone capitalised word the typer calls a person
    // is more often a place or a body it does not know ("relieved that Faw was not attacked").
    if (span.type === 'PER' && names.length === 1) continue;
    let free = true;
    for (let t = span.first; t < span.end; t++) if (covered[t]) free = false;
    if (!free) continue;
    const start = tokens[span.first]!.start;
    const end = tokens[span.end - 1]!.end;
    const surface = text.slice(start, end);
    let state: LexiconEntry | undefined;
    if (kind === 'place') {
      // A state's name written another way ("Côte d’Ivoire") is that state; a capital the
      // lexicon chose not to read here ("talks in Lisbon") stays unread.
      const known = ctx.gazetteer.byKey.get(tokenKey(surface.replace(/’/g, "'")))?.filter((e) => e.kind === 'state');
      if (known?.length) {
        state = known.find((e) => e.form === 'name' && e.key);
        if (!state) continue;
      }
    }
    const acronym = kind === 'organisation' && /^[\p{Lu}.&-]{2,8}$/u.test(surface);
    added.push(
      mention({
        start,
        end,
        text: surface,
        kind: state ? 'state' : kind,
        form: acronym ? 'acronym' : 'name',
        canonical: state ? state.canonical : oneLine(surface),
        key: state?.key,
      }),
    );
  }
  if (added.length === 0) return kept;
  return [...kept, ...added].sort((x, y) => x.start - y.start || y.end - x.end);
}
