// resolve: mentions into entities within one document. Transliteration variants, nicknames,
// middle initials and suffixes share a key (Sergei = Sergey, Joe Biden = Joseph R. Biden Jr.),
// a shorter writing of a full name is that person (Lula da Silva, Jen Klein), a surname after
// a full name is that person (Kerry = John Kerry), an acronym defined in the text names its
// body ("the African Union (AU) ... the AU"), and namesake bodies keep their country in the key.
import type { ExtractedEntity, Mention } from '../model/extraction.js';
import type { MentionRef } from '../model/graph-file.js';
import { nodeKey, slugify } from '../model/keys.js';
import { comparePersonNames, familyName, isShorterPersonName, personNameWords } from '../lexicon/person-names.js';
import { stateName } from '../lexicon/countries.js';
import { placeCountry, placeKey } from '../lexicon/places.js';
import { mention, oneLine } from './mention.js';
import { isGenericBodyName } from './mentions.js';
import { SortedView, covering } from './spans.js';
import { TITLE_HEADS } from '../lexicon/titles.js';
import { getGazetteer, tokenKey } from '../lexicon/index.js';
import { RELATIONSHIP_HEADS } from '../lexicon/organisations.js';
import { tokenAt, type Token } from './tokens.js';

const keyCache = new Map<string, string>();
/**
 * A person's key: the compared words of the name (lexicon/person-names.ts), so "Joe Biden" and
 * "Joseph R. Biden Jr." share one.
 */
export function personKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size > 50_000) keyCache.clear();
    key = `person:${slugify(personNameWords(name).join(' ')) || 'unnamed'}`;
    keyCache.set(name, key);
  }
  return key;
}

/** More words, or as many and longer: "Joseph R. Biden Jr." over "Joe Biden", "Lula da Silva" over "Lula". */
function moreComplete(name: string, than: string): boolean {
  const a = personNameWords(name).length;
  const b = personNameWords(than).length;
  return a > b || (a === b && name.length > than.length);
}

/** A one-word person name ("Lavrov"), or a name given only by its surname. */
const isBareName = (name: string) => personNameWords(name).length === 1;

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
  // A bare surname joined to a full name, or a name joined to a longer one: the surface, until
  // a fuller name of this person comes (never another person's name from the lexicon).
  if (m.kind === 'person' && personKey(m.canonical) !== key) return oneLine(m.text);
  if (m.kind === 'state') return stateName(key.slice('state:'.length)) ?? m.canonical;
  if (m.kind === 'organisation' && m.country && key.startsWith(`organisation:${m.country}:`)) {
    return `${m.canonical} (${stateName(m.country) ?? m.country})`;
  }
  return m.canonical;
}

/**
 * Full person names of the document (two words or more) -> the key of the person each one
 * names: its own, or that of the one more complete name it is a shorter writing of ("Lula da
 * Silva" -> "Luiz Inácio Lula da Silva"; with two candidates it keeps its own).
 */
function fullNameKeys(mentions: readonly Mention[]): Map<string, string> {
  const names = new Map<string, string>(); // key -> most complete name with that key
  for (const m of mentions) {
    if (m.kind !== 'person' || m.form !== 'name' || isBareName(m.canonical)) continue;
    const key = personKey(m.canonical);
    const old = names.get(key);
    if (!old || comparePersonNames(old, m.canonical) < 0) names.set(key, m.canonical);
  }
  // Most complete first: a name's candidates already know where they lead.
  const ordered = [...names].sort((a, b) => comparePersonNames(b[1], a[1]) || (a[0] < b[0] ? -1 : 1));
  const rootOf = new Map<string, string>();
  for (const [key, name] of ordered) {
    const words = personNameWords(name);
    const roots = new Set<string>();
    for (const [other, otherName] of ordered) {
      if (other === key || comparePersonNames(otherName, name) <= 0) continue;
      if (isShorterPersonName(words, personNameWords(otherName))) roots.add(rootOf.get(other) ?? other);
    }
    rootOf.set(key, roots.size === 1 ? [...roots][0]! : key);
  }
  return rootOf;
}

/**
 * Acronyms the text defines: "the African Union (AU)" makes every later "AU" that body. Returns
 * the mentions of the acronym (the definition included) that no other mention covers.
 */
function definedAcronyms(
  mentions: readonly Mention[],
  tokens: readonly Token[],
  covered: (t: Token) => boolean,
): Mention[] {
  const defined = new Map<string, Mention>();
  const out: Mention[] = [];
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  for (const m of mentions) {
    if (m.kind !== 'organisation' && m.kind !== 'group' && m.kind !== 'state') continue;
    const i = byStart.get(m.end) ?? byStart.get(m.end + 1);
    if (i === undefined || tokens[i]!.text !== '(' || tokens[i + 2]?.text !== ')') continue;
    const acronym = tokens[i + 1]!;
    if (!/^\p{Lu}[\p{Lu}\p{N}&]{1,9}$/u.test(acronym.text) || defined.has(acronym.text)) continue;
    // A parenthesis that only repeats a known name is not a definition ("the UN (UN)").
    if (acronym.text === m.text) continue;
    defined.set(acronym.text, m);
  }
  if (defined.size === 0) return out;
  for (const t of tokens) {
    const m = defined.get(t.text);
    if (!m || t.start < m.end || covered(t)) continue;
    const { start: _s, end: _e, text: _t, form: _f, ...rest } = m;
    out.push(mention({ ...rest, start: t.start, end: t.end, text: t.text, form: 'acronym', key: entityKeyOf(m) }));
  }
  return out;
}

const RELATIONSHIP = new Set(RELATIONSHIP_HEADS.map(([w]) => w));

/**
 * "the U.S.-Philippine Alliance" names two states, not a body: an organisation whose head is a
 * relationship word and whose other words are only states becomes mentions of those states.
 */
function splitRelationship(m: Mention, tokens: readonly Token[], text: string): Mention[] {
  if (m.kind !== 'organisation') return [m];
  const inside = tokens.slice(tokenAt(tokens, m.start), tokenAt(tokens, m.end));
  const head = inside[inside.length - 1];
  if (!head || !RELATIONSHIP.has(head.lower)) return [m];
  const parts: Token[][] = [[]];
  for (const t of inside.slice(0, -1)) {
    if (t.lower === 'the' && parts.length === 1 && parts[0]!.length === 0) continue;
    if (/^[-–—,]$/.test(t.text) || t.lower === 'and') parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  if (parts.length < 2 || parts.some((p) => p.length === 0)) return [m];
  const gazetteer = getGazetteer();
  const out: Mention[] = [];
  for (const p of parts) {
    const start = p[0]!.start;
    const end = p[p.length - 1]!.end;
    const entry = gazetteer.byKey.get(tokenKey(text.slice(start, end)))?.find((e) => e.kind === 'state' && e.key);
    if (!entry) return [m];
    out.push(
      mention({
        start,
        end,
        text: text.slice(start, end),
        kind: 'state',
        form: entry.form,
        canonical: entry.canonical,
        key: entry.key,
      }),
    );
  }
  return out;
}

export function resolveMentions(
  docId: string,
  found: readonly Mention[],
  tokens: readonly Token[],
  text: string,
): Resolution {
  const mentions = found.flatMap((m) => splitRelationship(m, tokens, text));
  const rootOf = fullNameKeys(mentions);
  // Full names seen in the document, by family name: "Kerry" then finds "John Kerry". Both the
  // lexicon's spelling and the text's count ("Zelenskyy" finds "Volodymyr Zelensky").
  const bySurname = new Map<string, Set<string>>();
  const index = (surname: string, key: string) => {
    const set = bySurname.get(surname) ?? new Set<string>();
    set.add(key);
    bySurname.set(surname, set);
  };
  // Any other word of a full name, for a person called by it alone: "President Samia" (Samia
  // Suluhu Hassan), "President Bongo" (Ali Bongo Ondimba); used when no family name fits.
  const byWord = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.form !== 'name' || isBareName(m.canonical)) continue;
    const key = rootOf.get(personKey(m.canonical)) ?? personKey(m.canonical);
    index(familyName(m.canonical), key);
    if (!isBareName(m.text)) index(familyName(m.text), key);
    for (const w of personNameWords(m.text)) {
      if (w.length < 3) continue;
      const set = byWord.get(w) ?? new Set<string>();
      set.add(key);
      byWord.set(w, set);
    }
  }
  // Bare surnames the mention pass could not know, and acronyms the text defines: another pass
  // now that names are known.
  const found0 = new SortedView(mentions).items;
  const covered = (t: Token) => covering(found0, t.start) !== undefined;
  const extra: Mention[] = definedAcronyms(found0, tokens, covered);
  const acronymAt = new Set(extra.map((m) => m.start));
  for (const t of tokens) {
    if (!t.cap || !t.word || !bySurname.has(familyName(t.text)) || covered(t) || acronymAt.has(t.start)) continue;
    extra.push(
      mention({ start: t.start, end: t.end, text: t.text, kind: 'person', form: 'surname', canonical: t.text }),
    );
  }
  for (const m of extra) mentions.push(m); // no spread: a long document has too many for the stack
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  const keyOf = new Map<Mention, string>();
  const entities = new Map<string, EntityDraft>();
  // The person each family name last referred to: a bare surname is the one last named so.
  const lastByFamily = new Map<string, string>();
  for (const m of mentions) {
    let key = entityKeyOf(m);
    if (m.kind === 'person') key = rootOf.get(key) ?? key;
    if (m.kind === 'person' && (m.form === 'surname' || isBareName(m.canonical))) {
      // A surname the lexicon knows ("Reagan": Ronald Reagan) keeps that reading after a title
      // ("President Reagan") or when nothing before names another; any other bare surname
      // joins the person last named so, else the one full name with it ("Nancy Reagan").
      const lexiconPerson = m.form === 'surname' && !isBareName(m.canonical);
      const family = familyName(m.text);
      const before = tokens[tokenAt(tokens, m.start) - 1];
      const titled = !!before && TITLE_HEADS.has(before.lower);
      const last = lastByFamily.get(family);
      // The lexicon's person also wins once the document has named it: "President Reagan …
      // Reagan and Nancy Reagan … Reagan will travel" is Ronald Reagan each time.
      if (lexiconPerson && (titled || !last || entities.has(rootOf.get(key) ?? key))) key = rootOf.get(key) ?? key;
      else if (last) key = last;
      else {
        const keys = bySurname.get(family);
        const words = byWord.get(family);
        if (keys) key = [...keys].sort()[0]!;
        else if (!lexiconPerson && words?.size === 1) key = [...words][0]!;
      }
    }
    if (m.kind === 'person') {
      lastByFamily.set(familyName(m.text), key);
      if (m.form === 'name') lastByFamily.set(familyName(m.canonical), key);
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
    const surface = oneLine(text.slice(m.start, m.end));
    e.names.push(surface);
    // The most complete name labels a person; a lexicon name only labels its own person.
    if (m.kind === 'person') {
      const name = m.form === 'name' ? surface : personKey(m.canonical) === key ? m.canonical : undefined;
      if (name && !isBareName(name) && moreComplete(name, e.label)) e.label = name;
    }
    if (!e.country && m.country) e.country = m.country;
    // A place the name typer found without its state: the place list may know it.
    if (!e.country && m.kind === 'place') {
      const country = placeCountry(m.canonical);
      if (country) e.country = country;
    }
  }
  for (const e of entities.values()) {
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
