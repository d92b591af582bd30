// resolve: mentions into entities within one document. Transliteration variants share a key
// (Sergei = Sergey), a surname after a full name is that person (Kerry = John Kerry), and
// namesake bodies keep their country in the key.
import type { ExtractedEntity, Mention } from '../model/extraction.js';
import type { MentionRef } from '../model/graph-file.js';
import { nodeKey, slugify } from '../model/keys.js';
import { canonicalGivenName } from '../lexicon/given-names.js';
import { stateName } from '../lexicon/countries.js';
import { placeCountry, placeKey } from '../lexicon/places.js';
import { isGenericBodyName } from './mentions.js';
import { SortedView, covering, lastBefore } from './spans.js';
import type { Token } from './tokens.js';

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'di', 'van', 'von', 'der', 'le', 'la']);

/** Key words of a person name: given name canonicalised, particles dropped ("Bashar al-Assad" = "Bashar Assad"). */
const wordsCache = new Map<string, string[]>();
function personWords(name: string): string[] {
  const cached = wordsCache.get(name);
  if (cached) return cached;
  if (wordsCache.size > 50_000) wordsCache.clear();
  const words = name
    .replace(/[‐-―]/g, '-')
    .split(/[\s]+/)
    .flatMap((w) => (/^(al|el)-/i.test(w) ? w.split('-') : [w]))
    .map((w) => w.replace(/[.,]/g, ''))
    // Particles and middle initials do not tell people apart ("Vladimir V. Putin").
    .filter((w, i, all) => w && !PARTICLES.has(w.toLowerCase()) && !(w.length === 1 && i > 0 && i < all.length - 1));
  if (words.length > 1) words[0] = canonicalGivenName(words[0]!.toLowerCase());
  wordsCache.set(name, words);
  return words;
}

const keyCache = new Map<string, string>();
export function personKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size > 50_000) keyCache.clear();
    key = `person:${slugify(personWords(name).join(' ')) || 'unnamed'}`;
    keyCache.set(name, key);
  }
  return key;
}

export function surnameOf(name: string): string {
  const words = personWords(name);
  return (words[words.length - 1] ?? name).toLowerCase();
}

export interface EntityDraft extends ExtractedEntity {
  /** Name forms seen, to choose the label. */
  names: string[];
}

export interface Resolution {
  entities: Map<string, EntityDraft>;
  /**
   * Mentions of actors (people, states, organisations, groups); the stages after this one read
   * these. Places are not actors: their mentions are kept apart, in `places`.
   */
  mentions: Mention[];
  /** Mentions of places ("talks in Moscow", "fighting in Mosul"), sorted by start. */
  places: Mention[];
  keyOf: Map<Mention, string>;
  /** `mentions` sorted by start, kept in step as references are added. */
  sorted: SortedView<Mention>;
}


function entityKeyOf(m: Mention): string {
  if (m.key) return m.key;
  switch (m.kind) {
    case 'person':
      return personKey(m.canonical);
    case 'organisation':
      return nodeKey('organisation', m.canonical, m.country && isGenericBodyName(m.canonical) ? m.country : undefined);
    case 'place':
      return placeKey(m.canonical);
    default:
      return nodeKey(m.kind, m.canonical);
  }
}

function labelOf(m: Mention, key: string): string {
  if (m.kind === 'state') return stateName(key.slice('state:'.length)) ?? m.canonical;
  if (m.kind === 'organisation' && m.country && key.startsWith(`organisation:${m.country}:`)) {
    return `${m.canonical} (${stateName(m.country) ?? m.country})`;
  }
  return m.canonical;
}

export function resolveMentions(docId: string, found: readonly Mention[], tokens: readonly Token[], text: string): Resolution {
  const mentions = [...found];
  // Full names seen in the document, by surname: "Kerry" then finds "John Kerry".
  const bySurname = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.form !== 'name' || personWords(m.canonical).length < 2) continue;
    const s = surnameOf(m.canonical);
    const set = bySurname.get(s) ?? new Set<string>();
    set.add(personKey(m.canonical));
    bySurname.set(s, set);
  }
  // Bare surnames the mention pass could not know: another pass now that names are known.
  const found0 = new SortedView(mentions).items;
  const covered = (t: Token) => covering(found0, t.start) !== undefined;
  const extra: Mention[] = [];
  for (const t of tokens) {
    if (!t.cap || !t.word || !bySurname.has(t.lower) || covered(t)) continue;
    extra.push({ start: t.start, end: t.end, text: t.text, kind: 'person', form: 'surname', canonical: t.text });
  }
  for (const m of extra) mentions.push(m); // no spread: a long document has too many for the stack
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  const keyOf = new Map<Mention, string>();
  const entities = new Map<string, EntityDraft>();
  for (const m of mentions) {
    let key = entityKeyOf(m);
    if (m.kind === 'person' && (m.form === 'surname' || personWords(m.canonical).length === 1)) {
      const keys = bySurname.get(surnameOf(m.text));
      if (keys && keys.size === 1) key = [...keys][0]!;
      else if (keys && keys.size > 1) {
        // The nearest full name before it.
        const before = lastBefore(mentions, m.start, (x) => x.kind === 'person' && x.form === 'name' && keys.has(personKey(x.canonical)));
        key = before ? personKey(before.canonical) : [...keys].sort()[0]!;
      }
    }
    keyOf.set(m, key);
    let e = entities.get(key);
    if (!e) {
      e = { key, kind: m.kind, label: labelOf(m, key), aliases: [], mentions: [], names: [] };
      if (m.country) e.country = m.country;
      if (m.subtype) e.subtype = m.subtype;
      entities.set(key, e);
    }
    const ref: MentionRef = { doc: docId, start: m.start, end: m.end, form: m.form };
    e.mentions.push(ref);
    const surface = text.slice(m.start, m.end).replace(/\s+/g, ' ');
    e.names.push(surface);
    if (m.kind === 'person' && m.form === 'name' && personWords(surface).length >= personWords(e.label).length && surface.length > e.label.length) {
      e.label = surface;
    }
    if (!e.country && m.country) e.country = m.country;
    // A place the name typer found without its state: the place list may know it.
    if (!e.country && m.kind === 'place') {
      const country = placeCountry(m.canonical);
      if (country) e.country = country;
    }
  }
  for (const e of entities.values()) {
    // Persons: the lexicon's full name when the text only gave a surname.
    e.aliases = [...new Set(e.names.filter((n) => n !== e.label))].sort();
  }
  const actors = mentions.filter((m) => m.kind !== 'place');
  const places = mentions.filter((m) => m.kind === 'place');
  return { entities, mentions: actors, places, keyOf, sorted: new SortedView(actors) };
}

/** Adds a resolved reference (title, pronoun, description) to an entity's mentions. */
export function addReference(res: Resolution, key: string, m: Mention): void {
  const e = res.entities.get(key);
  if (!e) return;
  res.mentions.push(m);
  res.keyOf.set(m, key);
  e.mentions.push({ doc: e.mentions[0]?.doc ?? '', start: m.start, end: m.end, form: m.form });
}
