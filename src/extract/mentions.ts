// mentions: names of states, organisations, groups and people, found by the gazetteer,
// by organisation head nouns, by titles and by given names. One left-to-right pass over the
// tokens; at each position the longest reading wins, so the cost is linear in the text.
import type { Mention } from '../model/extraction.js';
import type { MentionForm, OrganisationSubtype } from '../model/vocab.js';
import { tokenKey, type Gazetteer, type LexiconEntry } from '../lexicon/index.js';
import { isGivenName } from '../lexicon/given-names.js';
import { ORG_HEADS } from '../lexicon/org-heads.js';
import { TIED_GROUP_NOUNS } from '../lexicon/groups.js';
import { stateName } from '../lexicon/countries.js';
import { capitalUsedAsPlace, cityAsPlace, isGovernmentCity } from '../lexicon/places.js';
import { GOVERNMENT_HEADS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import type { Token } from './tokens.js';
import { mentionAt, oneLine, reading, type Reading } from './mention.js';
import { withTypedNames } from './names/index.js';

/** Heads of the bodies every state has one of. */
const GOVERNMENT_BODY_HEADS = new Set([
  'ministry',
  'department',
  'office',
  'council',
  'committee',
  'agency',
  'court',
  'parliament',
  'assembly',
  'cabinet',
  'police',
  'service',
  'bureau',
  'commission',
  'senate',
  'army',
  'directorate',
  'authority',
  'board',
  'embassy',
  'bank',
  'reserve',
  'congress',
  'chamber',
  'tribunal',
  'guard',
  'forces',
  'command',
]);

/**
 * A body named only by generic words, with a government head, is a namesake across countries
 * ("Finance Ministry", "Embassy").
 */
export function isGenericBodyName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return GOVERNMENT_BODY_HEADS.has(words[words.length - 1]!) && words.every((w) => GENERIC_BODY_WORDS.has(w));
}

/** Generic words of body names. */
const GENERIC_BODY_WORDS = new Set([
  ...Object.keys(ORG_HEADS),
  'foreign',
  'finance',
  'defence',
  'defense',
  'interior',
  'trade',
  'justice',
  'health',
  'education',
  'economy',
  'energy',
  'agriculture',
  'industry',
  'commerce',
  'environment',
  'transport',
  'culture',
  'information',
  'affairs',
  'home',
  'state',
  'national',
  'central',
  'supreme',
  'federal',
  'security',
  'intelligence',
  'of',
  'the',
  'and',
  'for',
  'on',
  'planning',
  'oil',
  'labour',
  'labor',
  'communications',
  'external',
]);

/** Names of days and months: capitalised, never actors (read by CALENDAR and FUNCTION_CAPS). */
const WEEKDAYS_AND_MONTHS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const CALENDAR = new Set([
  ...WEEKDAYS_AND_MONTHS,
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', '&', 'de', 'du', 'des', 'la', 'le', 'al', 'el']);
const NAME_PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'de',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'dos',
  'das',
  'y',
]);

/** Capitalised words that start sentences and never begin a name. */
const FUNCTION_CAPS = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'but',
  'and',
  'or',
  'if',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'we',
  'they',
  'i',
  'his',
  'her',
  'our',
  'their',
  'there',
  'however',
  'also',
  'finally',
  'recall',
  'according',
  'last',
  'next',
  'now',
  'when',
  'while',
  'after',
  'before',
  'as',
  'for',
  'with',
  'by',
  'from',
  'what',
  'who',
  'which',
  'one',
  'another',
  'some',
  'many',
  'such',
  'so',
  'yet',
  'still',
  'meanwhile',
  'earlier',
  'later',
  'today',
  'yesterday',
  'tomorrow',
  ...WEEKDAYS_AND_MONTHS,
  'mr',
  'mrs',
  'ms',
  'dr',
  'western',
  'eastern',
  'northern',
  'southern',
  'unless',
  'even',
  'just',
  'while',
  'despite',
  'although',
  'though',
  'because',
  'since',
  'until',
  'during',
  'under',
  'over',
  'about',
  'reuter',
  'reuters',
  'no',
  'not',
  'all',
  'both',
  'each',
  'most',
  'more',
  'other',
  'first',
  'second',
  'third',
]);

/** Surnames of known people that are also common words or names: accepted alone only after a full mention. */
const AMBIGUOUS_SURNAMES = new Set([
  'rice',
  'brown',
  'sharon',
  'ban',
  'hu',
  'kim',
  'abe',
  'johnson',
  'bush',
  'song',
  'xi',
  'straw',
  'castro',
  'abbas',
  'clinton',
  'kerry',
  'powell',
]);

const ABBREVIATED_HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'maj',
  'adm',
  'sen',
  'rep',
  'gov',
  'prof',
  'rev',
  'st',
]);
/** Titles that stand before a name with a capital ("President Putin", "Minister Song"). */
const GOVERNMENT_TITLE_WORDS = new Set([
  ...GOVERNMENT_HEADS,
  'chairman',
  'chairwoman',
  'general',
  'admiral',
  'commander',
  'governor',
  'senator',
  'mayor',
  'leader',
  'pope',
  'director',
  'secretary-general',
  'colonel',
  'lieutenant',
  'marshal',
  'captain',
  'major',
  'judge',
  'justice',
  'deputy',
  'chief',
  'head',
  'adviser',
  'advisor',
  'cardinal',
  'archbishop',
  'bishop',
  'rabbi',
  'imam',
  'congressman',
  'congresswoman',
]);
const PARTY_PLURALS = new Set([
  'democrats',
  'republicans',
  'socialists',
  'communists',
  'liberals',
  'conservatives',
  'greens',
  'nationalists',
  'unionists',
  'social',
]);
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'stressed',
  'noted',
  'warned',
  'explained',
  'insisted',
  'argued',
  'declared',
  'announced',
  'asked',
  'replied',
  'commented',
  'wrote',
  'urged',
  'claimed',
]);

const MEDIA_CUES = new Set([
  'correspondent',
  'reporter',
  'journalist',
  'newspaper',
  'daily',
  'weekly',
  'agency',
  'channel',
  'broadcaster',
  'magazine',
]);

interface Candidate {
  end: number; // token index, exclusive
  mention: Reading;
}

function fromEntry(e: LexiconEntry, form: MentionForm = e.form): Reading {
  return reading(e.kind, form, e.canonical, e.key || undefined, e.country || undefined, e.subtype || undefined);
}

function isTitleWord(t: Token | undefined): boolean {
  return !!t && (TITLE_HEADS.has(t.lower) || HONORIFICS.has(t.lower));
}

export interface MentionContext {
  text: string;
  tokens: Token[];
  /** Token indexes that start a sentence. */
  sentenceStarts: ReadonlySet<number>;
  gazetteer: Gazetteer;
  /** Document year, for historical states ("Moscow" in 1987 is the Soviet Union). */
  year?: number;
  /** False: lexicon readings only, without the trained name typer. */
  typer?: boolean;
}

const matchCache = new WeakMap<MentionContext, Map<number, Candidate | undefined>>();

/** Longest gazetteer entry starting at token i (memoised: several rules ask about the same token). */
function gazetteerMatch(ctx: MentionContext, i: number): Candidate | undefined {
  let cache = matchCache.get(ctx);
  if (!cache) matchCache.set(ctx, (cache = new Map<number, Candidate | undefined>()));
  if (cache.has(i)) return cache.get(i);
  const found = gazetteerLookup(ctx, i);
  cache.set(i, found);
  return found;
}

function gazetteerLookup(ctx: MentionContext, i: number): Candidate | undefined {
  const { tokens, gazetteer } = ctx;
  const first = tokens[i]!;
  // Every entry starts with a capital (acronyms are all capitals).
  if (!first.word || !first.cap) return undefined;
  let key = '';
  let best: Candidate | undefined;
  for (let j = i; j < tokens.length && j - i < gazetteer.maxTokens; j++) {
    const t = tokens[j]!;
    // Names never run across a sentence end or a quotation mark.
    if (j > i && !t.word && /[.;:!?"“”]/.test(t.text)) break;
    key = j === i ? t.lower : `${key} ${t.lower}`;
    const entries = gazetteer.byKey.get(key);
    if (entries) {
      const surface = ctx.text.slice(first.start, t.end);
      const entry = entries.find((e) => (e.caseSensitive ? e.name === surface : true));
      if (entry) best = { end: j + 1, mention: fromEntry(entry) };
    }
    if (!gazetteer.prefixes.has(key)) break;
  }
  return best;
}

/** "National Strategy Institute", "Council of the Russian Diplomats Association", "Ministry of Finance". */
function organisationPhrase(ctx: MentionContext, i: number): Candidate | undefined {
  const { tokens } = ctx;
  const first = tokens[i]!;
  // Names do not start with an article, or with a sentence-initial verb form ("Accused U.S. Army …").
  if (!first.cap || !first.word || FUNCTION_CAPS.has(first.lower)) return undefined;
  if (ctx.sentenceStarts.has(i) && /(?:ed|ing)$/.test(first.lower) && !(first.lower in ORG_HEADS)) return undefined;
  let lastHead = -1;
  let lastCap = -1;
  let headSubtype: OrganisationSubtype | undefined;
  let j = i;
  for (; j < tokens.length && j - i < 12; j++) {
    const t = tokens[j]!;
    if (t.word && t.cap) {
      // A capitalised function word inside a run starts a new sentence ("… with the U.S. And the Commission …").
      if (j > i && FUNCTION_CAPS.has(t.lower)) break;
      // A title ends the name before it ("Bank of Japan Governor Satoshi Sumita"); before any head
      // it starts a title chain, not a name ("Deputy General Manager of Sumitomo Bank").
      if (TITLE_HEADS.has(t.lower) && !(t.lower in ORG_HEADS) && !['of', 'for'].includes(tokens[j - 1]?.lower ?? '')) {
        if (lastHead < 0) return undefined;
        break;
      }
      lastCap = j;
      if (t.lower in ORG_HEADS) {
        lastHead = j;
        headSubtype = ORG_HEADS[t.lower];
      }
      continue;
    }
    // "and" joins words of one name ("Food and Agriculture Organization"), not two names
    // ("the Cato Institute and the Fraser Institute", "the United States and the Soviet Union").
    // Inside an "of" phrase after the head, "and" may join its words ("Ministry of International
    // Trade and Industry") but not a second name ("… of Washington and the Fraser Institute",
    // "Group of Five and Canada").
    const inOfPhrase = lastHead >= 0 && tokens.slice(lastHead + 1, j).some((x) => x.lower === 'of');
    const joinsWords =
      inOfPhrase &&
      !!tokens[j + 1]?.cap &&
      !FUNCTION_CAPS.has(tokens[j + 1]!.lower) &&
      gazetteerMatch(ctx, j + 1)?.mention.kind !== 'state';
    if (t.lower === 'and' && !joinsWords && (lastHead >= 0 || gazetteerMatch(ctx, i)?.end === j)) break;
    // "the Supreme Court on Monday": a date after a connector is not part of the name.
    const nextCap = tokens[j + 1]?.cap ? tokens[j + 1] : tokens[j + 1]?.lower === 'the' ? tokens[j + 2] : undefined;
    if (CONNECTORS.has(t.lower) && nextCap?.cap && !CALENDAR.has(nextCap.lower)) continue;
    if (t.text === '-' && tokens[j + 1]?.cap && tokens[j + 1]!.start === t.end) continue;
    break;
  }
  if (lastHead < 0) return undefined;
  // After the head, an "of/on/for" chain of capitalised words belongs to the name (Ministry of
  // Finance), up to a country that closes it ("Bank of England").
  let end = lastHead + 1;
  if (lastCap > lastHead && ['of', 'on', 'for'].includes(tokens[lastHead + 1]?.lower ?? '')) {
    end = lastCap + 1;
    for (let k = lastHead + 2; k <= lastCap; k++) {
      const place = gazetteerMatch(ctx, k);
      if (place?.mention.kind === 'state') {
        end = place.end;
        break;
      }
    }
  }
  const words = tokens.slice(i, end).filter((t) => t.word);
  // "The Times": a newspaper's one-word name after its article.
  const paper = words.length === 1 && headSubtype === 'media' && tokens[i - 1]?.lower === 'the';
  if (words.length < 2 && !paper) return undefined;
  return {
    end,
    mention: reading(
      'organisation',
      'name',
      ctx.text.slice(tokens[i]!.start, tokens[end - 1]!.end),
      undefined,
      undefined,
      headSubtype || undefined,
    ),
  };
}

/** A person's name starting at token i: up to four capitalised words, particles and hyphen parts. */
function nameRun(ctx: MentionContext, i: number, gazetteerStop = true): number {
  const { tokens } = ctx;
  let j = i;
  let words = 0;
  while (j < tokens.length && words < 4) {
    const t = tokens[j]!;
    if (
      t.word &&
      t.cap &&
      !(j > i && (isTitleWord(t) || (gazetteerStop && gazetteerMatch(ctx, j)?.mention.kind === 'state')))
    ) {
      words++;
      j++;
      // Initials: "George W. Bush"
      if (tokens[j]?.text === '.' && t.text.length === 1) j++;
      continue;
    }
    if (
      j > i &&
      t.text === '-' &&
      tokens[j + 1]?.word &&
      tokens[j + 1]!.start === t.end &&
      tokens[j - 1]!.end === t.start
    ) {
      j += 2;
      continue;
    }
    if (j > i && NAME_PARTICLES.has(t.lower) && tokens[j + 1]?.cap) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

function personName(ctx: MentionContext, i: number): Candidate | undefined {
  const { tokens } = ctx;
  const t = tokens[i]!;
  if (!t.cap || !t.word || FUNCTION_CAPS.has(t.lower) || isTitleWord(t) || TITLE_MODIFIERS.has(t.lower))
    return undefined;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  // A title right before the name: "President Putin", "Mr Straw", "Mr. Straw", "analyst Stephen Hess";
  // not "the Official Gazette", nor "the president. Everything …".
  const titleBefore = (x: Token | undefined) =>
    !!x && (HONORIFICS.has(x.lower) || (TITLE_HEADS.has(x.lower) && (!x.cap || GOVERNMENT_TITLE_WORDS.has(x.lower))));
  const afterTitle =
    titleBefore(prev) ||
    (prev?.text === '.' && prev.start === prev2?.end && ABBREVIATED_HONORIFICS.has(prev2.lower)) ||
    (prev?.lower === 'state' && tokens[i - 3]?.lower === 'secretary');
  // Acronyms and organisation heads are not surnames ("the official TAP news agency").
  if (/^\p{Lu}{2,}$/u.test(t.text) || t.lower in ORG_HEADS) return undefined;
  const end = nameRun(ctx, i);
  const words = tokens.slice(i, end).filter((x) => x.word && x.cap).length;
  if (words === 0) return undefined;
  const name = ctx.text.slice(t.start, tokens[end - 1]!.end);
  // "Christian Democrats" is a party, not a Christian.
  if (PARTY_PLURALS.has(tokens[end - 1]!.lower)) return undefined;
  if (isGivenName(t.text) && words >= 2) return { end, mention: reading('person', 'name', name) };
  const known = ctx.gazetteer.surnames.get(t.lower);
  if (afterTitle) {
    // "Mr Straw", "President Vladimir Putin", "Secretary of State Kerry"; a title also settles
    // a surname that alone could be a word ("President Bush").
    if (words === 1 && known && known.length === 1) return { end, mention: fromEntry(known[0]!, 'surname') };
    return { end, mention: reading('person', words >= 2 ? 'name' : 'surname', name) };
  }
  if (words === 1 && known && known.length === 1 && !AMBIGUOUS_SURNAMES.has(t.lower)) {
    return { end, mention: fromEntry(known[0]!, 'surname') };
  }
  // "Stephen Hess told": two capitalised words then a speech verb, not at a sentence start.
  const next = tokens[end];
  if (
    words === 2 &&
    next &&
    SPEECH_VERBS.has(next.lower) &&
    !ctx.sentenceStarts.has(i) &&
    !['in', 'at', 'from', 'of', 'to', 'for', 'on', 'near'].includes(prev?.lower ?? '')
  ) {
    return { end, mention: reading('person', 'name', name) };
  }
  return undefined;
}

/** Unknown capitalised names in media positions: "a correspondent of Vestnik Kavkaza". */
function mediaName(ctx: MentionContext, i: number): Candidate | undefined {
  const { tokens } = ctx;
  const t = tokens[i]!;
  if (!t.cap || !t.word || FUNCTION_CAPS.has(t.lower)) return undefined;
  const p1 = tokens[i - 1]?.lower;
  const p2 = tokens[i - 2]?.lower;
  // "a correspondent of X", "the newspaper X", "the British newspaper the Independent"
  const cue =
    (p1 && ['of', 'for', 'to', 'the'].includes(p1) && p2 && MEDIA_CUES.has(p2)) ||
    (p1 && MEDIA_CUES.has(p1) && tokens[i - 1]!.word);
  if (!cue) return undefined;
  const end = nameRun(ctx, i, false);
  if (end - i < 1) return undefined;
  return {
    end,
    mention: reading(
      'organisation',
      'name',
      ctx.text.slice(t.start, tokens[end - 1]!.end),
      undefined,
      undefined,
      'media',
    ),
  };
}

/** Length in tokens of a group noun at k ("rebels", "militant groups"), or 0. */
function tiedGroupNoun(tokens: readonly Token[], k: number): number {
  const one = tokens[k]?.lower ?? '';
  const two = `${one} ${tokens[k + 1]?.lower ?? ''}`;
  if ((TIED_GROUP_NOUNS as readonly string[]).includes(two)) return 2;
  return (TIED_GROUP_NOUNS as readonly string[]).includes(one) ? 1 : 0;
}

function countryIn(ctx: MentionContext, from: number, to: number): string | undefined {
  for (let k = from; k < to; k++) {
    const g = gazetteerMatch(ctx, k);
    if (g?.mention.kind === 'state' && g.mention.key) return g.mention.key.slice('state:'.length);
  }
  return undefined;
}

/** Historical states: "Moscow" in a 1987 story is the Soviet Union. */
function dated(m: Reading, year: number | undefined): Reading {
  if (year === undefined || m.kind !== 'state' || year > 1991) return m;
  if (m.key === 'state:RU') {
    return reading(m.kind, m.form, stateName('SU') ?? 'Soviet Union', 'state:SU', m.country, m.subtype);
  }
  return m;
}

export function findMentions(ctx: MentionContext): Mention[] {
  const { tokens, text } = ctx;
  const out: Mention[] = [];
  const weak = new Set<Mention>();
  const push = (i: number, c: Candidate) => {
    const start = tokens[i]!.start;
    const end = tokens[c.end - 1]!.end;
    const found = dated(c.mention, ctx.year);
    // Names broken across lines ("Ali Akbar\nHashemi Rafsanjani") read as one line.
    out.push(mentionAt(start, end, text.slice(start, end), found, oneLine(found.canonical)));
  };
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (!t.word) {
      i++;
      continue;
    }
    const g = gazetteerMatch(ctx, i);
    const org = organisationPhrase(ctx, i);
    if (org && (!g || org.end > g.end)) {
      // "The President of the National Strategy Institute": the name starts after "of".
      let s = i;
      const titleLike = (t: Token) =>
        isTitleWord(t) ||
        TITLE_HEADS.has(t.lower.replace(/s$/, '')) ||
        TITLE_MODIFIERS.has(t.lower) ||
        FUNCTION_CAPS.has(t.lower);
      while (s < org.end && !['of', 'to', 'on'].includes(tokens[s]!.lower) && titleLike(tokens[s]!)) s++;
      if (s > i && ['of', 'to', 'on'].includes(tokens[s]?.lower ?? '')) {
        i = s;
        continue;
      }
      // "Bank of France" is one bank; "the French central bank" is France's one of many.
      const ofCountry = tokens
        .slice(i, org.end)
        .some((t, k) => ['of', 'for'].includes(t.lower) && gazetteerMatch(ctx, i + k + 1)?.mention.kind === 'state');
      const country = countryIn(ctx, i, org.end);
      if (country) {
        org.mention.country = country;
        // The name without its country words ("North Korean Foreign Ministry" -> "Foreign Ministry"):
        // when only generic words remain, the body is a namesake across countries.
        const rest: Token[] = [];
        for (let w = i; w < org.end; w++) {
          const place = gazetteerMatch(ctx, w);
          if (place?.mention.kind === 'state') w = place.end - 1;
          else if (tokens[w]!.word) rest.push(tokens[w]!);
        }
        const bare = rest.length > 0 ? text.slice(rest[0]!.start, rest[rest.length - 1]!.end) : '';
        // "the U.S. Federal Reserve" is the Federal Reserve the lexicon knows.
        const known = bare
          ? ctx.gazetteer.byKey.get(tokenKey(bare))?.find((e) => e.kind === 'organisation')
          : undefined;
        if (known) org.mention = fromEntry(known, 'name');
        else if (!ofCountry && org.mention.subtype !== 'media' && isGenericBodyName(bare)) {
          org.mention.canonical = bare;
          if (org.mention.subtype !== 'party') org.mention.subtype = 'government';
        }
      }
      push(i, org);
      i = org.end;
      continue;
    }
    if (g) {
      // "Syrian rebels": a generic nominal tied to a country becomes a group of that country.
      // "Syrian rebels", "Palestinian militant groups", "Kurdish rebels".
      const tied =
        (g.mention.kind === 'state' || g.mention.kind === 'group') && g.mention.form === 'demonym'
          ? tiedGroupNoun(tokens, g.end)
          : 0;
      if (tied > 0) {
        const surface = text.slice(tokens[i]!.start, tokens[g.end - 1]!.end);
        const noun = tokens
          .slice(g.end, g.end + tied)
          .map((t) => t.lower)
          .join(' ');
        const country = g.mention.kind === 'state' ? g.mention.key!.slice(6) : undefined;
        push(i, { end: g.end + tied, mention: reading('group', 'name', `${surface} ${noun}`, undefined, country) });
        i = g.end + tied;
        continue;
      }
      // "agreed in Lisbon", "talks at Geneva": a capital used as a location is a place, not its
      // government; after a verb of arrival it stays the destination ("arrived in Moscow").
      if (
        g.mention.form === 'metonym' &&
        capitalUsedAsPlace([tokens[i - 1]?.lower, tokens[i - 2]?.lower], tokens[g.end]?.text)
      ) {
        const surface = text.slice(tokens[i]!.start, tokens[g.end - 1]!.end);
        if (isGovernmentCity(surface)) {
          const place = cityAsPlace(surface, dated(g.mention, ctx.year).key);
          push(i, { end: g.end, mention: reading(place.kind, place.form, place.canonical, place.key, place.country) });
        }
        i = g.end;
        continue;
      }
      push(i, g);
      i = g.end;
      continue;
    }
    const person = personName(ctx, i);
    const p = person ?? mediaName(ctx, i);
    if (p) {
      push(i, p);
      // A person read from a title or a speech verb alone: the name typer may still veto it.
      if (person && !person.mention.key) weak.add(out[out.length - 1]!);
      i = p.end;
      continue;
    }
    i++;
  }
  return ctx.typer === false ? out : withTypedNames(ctx, out, weak);
}
