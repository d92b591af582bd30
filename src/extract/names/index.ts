// The name typer in the mention stage: the lexicons read first; the typer then decides the
// capitalised words they leave open ("Hakainde Hichilema", "Médecins Sans Frontières",
// "Kharkiv") and vetoes persons that are capitalised common words read from a title alone
// ("Chief Strategy Officer" names no one called Strategy). Only sentences with an open
// capitalised word are tagged, so the cost follows the names the lexicons do not know.
import type { Mention } from '../../model/extraction.js';
import type { EntityKind } from '../../model/vocab.js';
import { tokenKey, type LexiconEntry } from '../../lexicon/index.js';
import type { MentionContext } from '../mentions.js';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { tokenAt, type Token } from '../tokens.js';
import { isCapitalised, type NameTag } from './features.js';
import { getNameTyper } from './model.js';
import { tagSpans, type TyperSentence } from './typer.js';
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

function lowercaseWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (t.word && !t.cap) out.add(t.lower);
  return out;
}

/** Words of titles and the function words that open sentences: no name is made of them alone. */
const NOT_NAMES = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS, ...HONORIFICS, 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'we', 'they', 'he', 'she', 'it', 'has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not', 'no', 'yes', 'all', 'some', 'many', 'most']);

/**
 * Whether typed words may stand as a new name. A name of common words only ("Strategy",
 * "Leaders Summit", "Comprehensive Strategic Partnership") is more often a capitalised phrase
 * of the story than an actor: it needs a given name in front ("Mark Brown") to be a person,
 * and is no organisation or place on its own.
 */
function isNameLike(names: readonly string[], type: string, isCommon: (lower: string) => boolean, given: ReadonlySet<string>): boolean {
  const lower = names.map((n) => n.toLowerCase()).filter((n) => /\p{L}/u.test(n));
  if (lower.length === 0 || lower.every((n) => NOT_NAMES.has(n))) return false;
  if (lower.some((n) => !isCommon(n) && !NOT_NAMES.has(n))) return true;
  return type === 'PER' && lower.length >= 2 && given.has(lower[0]!);
}

/** A headline in capitals or in title case: most of its longer words are capitalised. */
function isHeadingCase(words: readonly string[]): boolean {
  let long = 0;
  let caps = 0;
  for (const w of words) {
    if (w.length < 4 || !/^\p{L}/u.test(w)) continue;
    long++;
    if (isCapitalised(w)) caps++;
  }
  return long >= 3 && caps >= 0.8 * long;
}

/** `found` (the lexicon readings, in text order) with the typer's vetoes and additions. */
export function withTypedNames(ctx: MentionContext, found: readonly Mention[], weak: ReadonlySet<Mention>): Mention[] {
  const { tokens, text } = ctx;
  if (tokens.length === 0) return [...found];
  const typer = getNameTyper();
  const common = typer.gazetteer.common;

  const cities = typer.gazetteer.lists.find((l) => l.flag === 'gc')?.names;
  const isCity = (lower: string) => !!cities?.has(lower.replace(/\s+/g, ' '));
  // Tokens the lexicons settled, with the tag of their reading.
  const fixedTok: Array<NameTag | undefined> = new Array(tokens.length);
  for (const m of found) {
    if (weak.has(m)) continue;
    const type = lexiconTag(m, isCity);
    for (let k = tokenAt(tokens, m.start), first = true; k < tokens.length && tokens[k]!.start < m.end; k++, first = false) {
      fixedTok[k] = `${first ? 'B' : 'I'}-${type}` as NameTag;
    }
  }

  // Sentences as typer words; a sentence is tagged only when a capitalised word is left open.
  const starts = [...ctx.sentenceStarts].filter((i) => i > 0 && i < tokens.length).sort((a, b) => a - b);
  starts.unshift(0);
  const sentences: TyperSentence[] = [];
  const words: TyperWord[][] = [];
  let anyActive = false;
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = k + 1 < starts.length ? starts[k + 1]! : tokens.length;
    if (to <= from) continue;
    const ws = typerWords(tokens, from, to);
    const fixed = ws.map((w) => fixedTok[w.first]);
    let active = false;
    for (let j = 0; j < ws.length && !active; j++) {
      const w = ws[j]!.text;
      if (fixed[j] || !isCapitalised(w) || w === 'I') continue;
      // A common word opening the sentence ("The", "Meanwhile") leaves nothing open.
      active = j > 0 || !common.has(w.toLowerCase());
    }
    anyActive ||= active;
    words.push(ws);
    sentences.push({ words: ws.map((w) => w.text), fixed, active });
  }
  if (!anyActive) return [...found];
  const tags = typer.tagDocument(sentences);

  // Token -> the typer's tag of its word.
  const tagOfToken: Array<NameTag | undefined> = new Array(tokens.length);
  words.forEach((ws, k) => ws.forEach((w, j) => {
    for (let t = w.first; t < w.end; t++) tagOfToken[t] = tags[k]![j];
  }));

  // Vetoes: a person read from a title alone whose words are all common words, when the typer
  // does not read a person there either ("Chief Program Officer", "Justice Agenda").
  let lowercase: Set<string> | undefined;
  const isCommon = (t: (typeof tokens)[number]) => common.has(t.lower) || (lowercase ??= lowercaseWords(tokens)).has(t.lower);
  const kept: Mention[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const m of found) {
    const first = tokenAt(tokens, m.start);
    if (weak.has(m) && !tagOfToken[first]?.endsWith('PER')) {
      let allCommon = true;
      for (let k = first; k < tokens.length && tokens[k]!.start < m.end; k++) if (tokens[k]!.word && !isCommon(tokens[k]!)) allCommon = false;
      if (allCommon) continue;
    }
    kept.push(m);
    for (let k = first; k < tokens.length && tokens[k]!.start < m.end; k++) covered[k] = 1;
  }

  // Additions: the typer's persons, organisations and places where no reading stands. A
  // headline's case says nothing, so there a name needs the same type in the story's text.
  const headline = sentences.map((s) => s.active !== false && isHeadingCase(s.words));
  const typedInText = new Map<string, string>();
  words.forEach((ws, k) => {
    if (headline[k]) return;
    tags[k]!.forEach((t, j) => t !== 'O' && typedInText.set(ws[j]!.text.toLowerCase(), t.slice(2)));
  });
  const added: Mention[] = [];
  words.forEach((ws, k) => {
    if (sentences[k]!.active === false) return;
    for (const span of tagSpans(tags[k]!)) {
      const kind = KINDS[span.type];
      if (!kind) continue;
      let a = span.start;
      let b = span.end;
      // Names start and end with a capitalised word ("Bank of" is no name).
      while (a < b && !isCapitalised(ws[a]!.text)) a++;
      while (b > a && !isCapitalised(ws[b - 1]!.text)) b--;
      if (a >= b) continue;
      const names = ws.slice(a, b).map((w) => w.text);
      if (headline[k] && typedInText.get(names[names.length - 1]!.toLowerCase()) !== span.type) continue;
      if (!isNameLike(names, span.type, (w) => common.has(w) || (lowercase ??= lowercaseWords(tokens)).has(w), typer.gazetteer.given)) continue;
      const firstTok = ws[a]!.first;
      const endTok = ws[b - 1]!.end;
      let free = true;
      for (let t = firstTok; t < endTok; t++) if (covered[t]) free = false;
      if (!free) continue;
      const start = tokens[firstTok]!.start;
      const end = tokens[endTok - 1]!.end;
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
      added.push({
        start,
        end,
        text: surface,
        kind: state ? 'state' : kind,
        form: acronym ? 'acronym' : 'name',
        canonical: state ? state.canonical : surface.replace(/\s+/g, ' '),
        key: state?.key,
        country: undefined,
        subtype: undefined,
      });
    }
  });
  if (added.length === 0) return kept;
  return [...kept, ...added].sort((x, y) => x.start - y.start || y.end - x.end);
}
