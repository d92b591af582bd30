// Who said it: quotation attribution ("…," X said / X said: "…" / cited X as saying), sentence
// attribution (X stressed that …, according to X), and the references a speaker is named by:
// names, title references ("the Russian president", "Putin's press secretary"), descriptions
// ("the expert": the last person quoted) and pronouns ("he": the last person).
import type { Quote, Sentence, Span } from '../model/extraction.js';
import { TITLE_HEADS, TITLE_SYNONYMS } from '../lexicon/titles.js';
import type { Role } from './relations.js';
import { addReference, type Resolution } from './resolve.js';
import { lastPersonBefore as lastPersonMention } from './last-person.js';
import { countBelow, covering, firstStartingAt, within } from './spans.js';
import { tokenAt, type Token } from './tokens.js';

export const REPORTING_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'explained',
  'noted',
  'notes',
  'warned',
  'warns',
  'stressed',
  'stresses',
  'listed',
  'named',
  'continued',
  'insisted',
  'argued',
  'declared',
  'announced',
  'asked',
  'replied',
  'commented',
  'wrote',
  'remarked',
  'observed',
  'concluded',
  'emphasised',
  'emphasized',
  'confirmed',
  'claimed',
  'suggested',
  'pointed',
  'acknowledged',
  'admitted',
  'reported',
  'stated',
  'believes',
  'thinks',
  'urged',
  'recalled',
  'cautioned',
  'predicted',
]);

const DESCRIPTIONS = new Set([
  'expert',
  'diplomat',
  'analyst',
  'official',
  'source',
  'spokesman',
  'spokeswoman',
  'minister',
  'president',
  'leader',
  'envoy',
  'ambassador',
  'economist',
  'politician',
  'lawmaker',
  'officer',
  'commander',
  'trader',
  'banker',
  'negotiator',
]);
const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);

export interface SpeakerContext {
  text: string;
  tokens: Token[];
  res: Resolution;
  roles: Role[];
  sentences: Sentence[];
  quotes: Quote[];
}

/** A resolved speaker: entity key and the span naming it. */
export interface Speaker {
  key: string;
  span: Span;
}

const titleCache = new Map<string, string>();
function normTitle(t: string): string {
  const cached = titleCache.get(t);
  if (cached !== undefined) return cached;
  if (titleCache.size > 10_000) titleCache.clear();
  const out = normTitleUncached(t);
  titleCache.set(t, out);
  return out;
}

function normTitleUncached(t: string): string {
  const lower = t.toLowerCase().replace(/\s+/g, ' ').trim();
  return TITLE_SYNONYMS[lower] ?? lower;
}

/**
 * Title reference: "the Russian president", "the President of the National Strategy Institute",
 * "Putin's press secretary".
 */
export function resolveTitleReference(ctx: SpeakerContext, span: Span): string | undefined {
  const { res, roles, tokens } = ctx;
  const from = tokenAt(tokens, span.start);
  const to = tokenAt(tokens, span.end);
  const words = tokens.slice(from, to);
  const headIdx = words.findIndex((t) => TITLE_HEADS.has(t.lower));
  if (headIdx < 0) return undefined;
  // Title words up to the head, plus a second head word ("press secretary").
  let titleWords = [words[headIdx]!.lower];
  if (headIdx > 0 && ['press', 'foreign', 'prime', 'deputy', 'vice'].includes(words[headIdx - 1]!.lower))
    titleWords = [words[headIdx - 1]!.lower, ...titleWords];
  const title = normTitle(titleWords.join(' '));
  const inSpanAll = within(res.sorted.items, span.start, span.end);
  const inSpan = inSpanAll.filter((m) => m.kind !== 'person');
  const possessor = inSpanAll.find((m) => m.kind === 'person');
  const anchor = inSpan[0] ? res.keyOf.get(inSpan[0]) : undefined;
  const possessorKey = possessor ? res.keyOf.get(possessor) : undefined;
  const possessorState = possessorKey
    ? (roles.find((r) => r.person === possessorKey && r.target.startsWith('state:'))?.target ??
      (res.entities.get(possessorKey)?.country ? `state:${res.entities.get(possessorKey)!.country}` : undefined))
    : undefined;
  // The most recent fitting role before the reference; only the last few hundred are looked at.
  for (let i = lastRoleBefore(roles, span.start), seen = 0; i >= 0 && seen < REFERENCE_WINDOW; i--, seen++) {
    const r = roles[i]!;
    const rt = normTitle(r.title);
    const same = rt === title || rt.endsWith(` ${title}`) || title.endsWith(` ${rt}`);
    if (!same) continue;
    if (anchor && r.target !== anchor) continue;
    if (possessorState && r.target !== possessorState && r.target !== possessorKey) continue;
    if (r.person !== possessorKey) return r.person;
  }
  return undefined;
}

const REFERENCE_WINDOW = 300;

/** Index of the last role whose span starts at or before offset (roles are sorted by span start). */
function lastRoleBefore(roles: readonly Role[], offset: number): number {
  return countBelow(roles, offset + 1, (r) => r.span.start) - 1;
}

interface SpeakerState {
  lastSpeaker?: string;
}

function lastPersonBefore(ctx: SpeakerContext, offset: number): string | undefined {
  const { res } = ctx;
  const best = lastPersonMention(res, offset);
  return best ? res.keyOf.get(best) : undefined;
}

/** Resolves the speaker phrase in `span` to an entity. */
function resolveSpeakerSpan(ctx: SpeakerContext, span: Span, state: SpeakerState): string | undefined {
  const { res, tokens } = ctx;
  const words = tokens.slice(tokenAt(tokens, span.start), tokenAt(tokens, span.end)).filter((t) => t.word);
  if (words.length === 0) return undefined;
  // "RIA Novosti cited Peskov as saying": the person cited speaks, not the outlet.
  const inSpan = within(res.sorted.items, span.start, span.end);
  const persons = inSpan.filter((m) => m.kind === 'person');
  const possessive = persons.find((m) => ctx.text.slice(m.end, m.end + 2).match(/^['’]s/));
  if (persons.length > 0 && !(persons.length === 1 && possessive)) return res.keyOf.get(persons[persons.length - 1]!);
  const titled = resolveTitleReference(ctx, span);
  if (titled) {
    addReference(res, titled, {
      start: span.start,
      end: span.end,
      text: ctx.text.slice(span.start, span.end),
      kind: 'person',
      form: 'title',
      canonical: '',
    });
    return titled;
  }
  const first = words[0]!.lower;
  if (PRONOUNS.has(first) && words.length === 1) return state.lastSpeaker ?? lastPersonBefore(ctx, span.start);
  if (words.some((w) => DESCRIPTIONS.has(w.lower)) && words.length <= 4 && state.lastSpeaker) return state.lastSpeaker;
  const other = inSpan.find((m) => m.kind === 'organisation');
  return other ? res.keyOf.get(other) : undefined;
}

/** Tokens looked at around a quotation for its reporting clause. */
const SPEAKER_WINDOW = 12;
const LEAD_WINDOW = 60;

/** The speaker phrase of a reporting clause: `X said`, `said X`, `X cited Y as saying`. */
function speakerPhrase(tokens: readonly Token[], from: number, to: number): Span | undefined {
  // Tail after a quotation: the words up to the first reporting verb, or those right after it.
  let k = from;
  // Bounded, so a run of punctuation (thousands of quote marks) stays linear overall.
  while (k < to && k - from < SPEAKER_WINDOW && !tokens[k]!.word) k++;
  for (let v = k; v < to && v - k <= 12; v++) {
    const t = tokens[v]!;
    if (t.lower === 'cited' || t.lower === 'quoted') {
      // "X cited Y as saying"
      let e = v + 1;
      while (e < to && tokens[e]!.lower !== 'as') e++;
      if (e > v + 1) return { start: tokens[v + 1]!.start, end: tokens[e - 1]!.end };
    }
    if (REPORTING_VERBS.has(t.lower)) {
      if (v > k) return { start: tokens[k]!.start, end: tokens[v - 1]!.end };
      // "said Peskov"
      let e = v + 1;
      while (e < to && tokens[e]!.word && e - v <= 6) e++;
      if (e > v + 1) return { start: tokens[v + 1]!.start, end: tokens[e - 1]!.end };
      return undefined;
    }
    if (/[.!?;]/.test(t.text)) break;
  }
  return undefined;
}

export interface Attribution {
  /** Speaker entity of each quote, by quote index. */
  quoteSpeakers: Array<string | undefined>;
  /** Speaker entity of each sentence outside quotes (attributed statements), by sentence index. */
  sentenceSpeakers: Array<string | undefined>;
}

export function attribute(ctx: SpeakerContext): Attribution {
  const { tokens, quotes, sentences } = ctx;
  const state: SpeakerState = {};
  const quoteSpeakers = new Array<string | undefined>(quotes.length).fill(undefined);
  const sentenceSpeakers = new Array<string | undefined>(sentences.length).fill(undefined);
  // Events in text order: sentences (for "X stressed that") and quotes.
  let qi = 0;
  for (const s of sentences) {
    const sFrom = tokenAt(tokens, s.start);
    const sTo = tokenAt(tokens, s.end);
    // Sentence attribution outside quotes: "according to X", "X stressed that …".
    const around = covering(quotes, s.start);
    const inQuote = !!around && s.end <= around.end;
    if (!inQuote) {
      const firstQuote = quotes[firstStartingAt(quotes, s.start)];
      const quoteInSentence = firstQuote && firstQuote.start < s.end ? firstQuote : undefined;
      const limit = quoteInSentence ? tokenAt(tokens, quoteInSentence.start) : sTo;
      let speakerSpan: Span | undefined;
      for (let k = sFrom; k < limit; k++) {
        const t = tokens[k]!;
        if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
          let e = k + 2;
          while (e < limit && tokens[e]!.text !== ',' && tokens[e]!.word) e++;
          while (e < limit && tokens[e]!.text !== ',' && !/[.;]/.test(tokens[e]!.text)) e++;
          if (e > k + 2) speakerSpan = { start: tokens[k + 2]!.start, end: tokens[e - 1]!.end };
          break;
        }
        if (REPORTING_VERBS.has(t.lower) && k > sFrom && k - sFrom <= 40) {
          speakerSpan = { start: tokens[sFrom]!.start, end: tokens[k - 1]!.end };
          break;
        }
      }
      // The reporting clause before a quotation also speaks for the rest of the sentence
      // ("Following talks with Mr Blair, Mr Abbas said …").
      if (speakerSpan) {
        const key = resolveSpeakerSpan(ctx, speakerSpan, state);
        if (key) {
          sentenceSpeakers[s.index] = key;
          if (key.startsWith('person:')) state.lastSpeaker = key;
        }
      }
    }
    // Quotes that end in this sentence take their attribution from its tail or lead.
    for (; qi < quotes.length && quotes[qi]!.start < s.end; qi++) {
      const q = quotes[qi]!;
      const qEnd = tokenAt(tokens, q.end);
      const sentenceEnd = covering(sentences, q.end, true)?.end ?? s.end;
      const tailTo = tokenAt(tokens, sentenceEnd);
      let span = speakerPhrase(tokens, qEnd, tailTo);
      if (!span) {
        // Lead-in: `X said: "…"`
        const leadSentence = covering(sentences, q.start, true);
        if (leadSentence) {
          // Only the last words before the quote: a sentence of thousands of quotations would
          // otherwise be scanned again for each one.
          const qs = tokenAt(tokens, q.start);
          const from = Math.max(tokenAt(tokens, leadSentence.start), qs - LEAD_WINDOW);
          const verb = tokens.slice(from, qs).findLastIndex((t) => REPORTING_VERBS.has(t.lower));
          if (verb > 0) span = { start: tokens[from]!.start, end: tokens[from + verb - 1]!.end };
        }
      }
      let key = span ? resolveSpeakerSpan(ctx, span, state) : undefined;
      // An unattributed quote continues the previous speaker (wire-copy convention).
      if (!key && q.start > 0) key = state.lastSpeaker;
      quoteSpeakers[qi] = key;
      if (key?.startsWith('person:')) state.lastSpeaker = key;
    }
  }
  return { quoteSpeakers, sentenceSpeakers };
}
