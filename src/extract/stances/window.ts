// The window engine: cue words and hand constructions with source and target slots found in
// token windows around the cue, negation, modality and the speaker of the sentence.
//   verbs:  "he will meet with X"  (subject -> object), "was welcomed by Beijing" (passive: by-agent -> subject)
//   nouns:  "Kerry's visit to Moscow", "the EU embargo on … China", "visit by X to Y", "fight against Daesh"
//   pairs:  "the Kurdish-Turkish conflict", "talks between X and Y",
//           "for Russia and the United States to reach a common approach"
import type { ExtractedStance, Quote, Sentence } from '../../model/extraction.js';
import type { Modality } from '../../model/vocab.js';
import { CUE_INDEX, HYPOTHETICAL, NEGATIONS, PLANNED, PROPOSED, type Cue } from '../../lexicon/cues.js';
import { GOVERNMENT_HEADS, HONORIFICS, TITLE_HEADS } from '../../lexicon/titles.js';
import { resolveTitleReference, type Attribution, type SpeakerContext } from '../attribution.js';
import type { Role } from '../relations.js';
import { evidenceSpan, tokenSpan } from '../evidence.js';
import { lastPersonBefore } from '../last-person.js';
import { countBelow, covering, firstStartingAt, within } from '../spans.js';
import { lowerForms, tokenAt } from '../tokens.js';

export interface Slot {
  key: string;
  from: number; // token index
  to: number; // exclusive
  /** Written as a possessive ("Kerry's", "our"). */
  possessive: boolean;
  person: boolean;
  /**
   * Written as an adjective ("Italian", "Soviet"): a modifier, never the topic a pronoun continues.
   * Always set, false or true: slots of one hidden class keep the optimised stance code stable.
   */
  demonym: boolean;
}

export const INTENT = new Set([
  'ready',
  'willing',
  'prepared',
  'wants',
  'want',
  'wanted',
  'offered',
  'offers',
  'agreed',
  'pledged',
  'keen',
  'eager',
  'intends',
  'hopes',
]);
/** How far back (in tokens) a cue looks for its source. */
const CLAUSE_WINDOW = 60;
const FIRST_PERSON = new Set(['i', 'we', 'our', 'us', 'my', 'me']);
const THIRD_PERSON = new Set(['he', 'she', 'his', 'him', 'her']);
const THING = new Set(['it', 'its']);
export const POSSESSIVE_PRONOUNS = new Set(['our', 'my', 'his', 'her', 'its', 'their']);
const PREPOSITIONS = new Set([
  'of',
  'in',
  'to',
  'for',
  'with',
  'from',
  'on',
  'at',
  'by',
  'about',
  'into',
  'against',
  'over',
]);
const VERB_LEAD = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
  'do',
  'not',
  "n't",
  'also',
  "'ll",
  '’ll',
  'who',
  'which',
  'that',
  'he',
  'she',
  'they',
  'we',
  'i',
  'it',
  'and',
  'then',
  'again',
  'later',
  'jointly',
  'never',
  'often',
  'will',
  'shall',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
]);
/** Dashes that join the two parties of a noun: "the Kurdish-Turkish conflict", "the U.S.–Vietnam partnership". */
const PAIR_DASHES = new Set(['-', '–', '—', '/']);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'has', 'have', 'had']);
const COORD = new Set([',', 'and', 'or', 'the', 'as', 'well']);
/** Verbs that take a cue noun as object: the subject of the verb is the source ("he'll have contacts with"). */
export const LIGHT_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'been',
  'become',
  'became',
  'remains',
  'remained',
  'have',
  'has',
  'had',
  'hold',
  'holds',
  'held',
  'make',
  'made',
  'reach',
  'reached',
  'sign',
  'signed',
  'impose',
  'imposed',
  'launch',
  'launched',
  'begin',
  'began',
  'resume',
  'resumed',
  'conduct',
  'conducted',
  'express',
  'expressed',
  'voice',
  'voiced',
  'start',
  'started',
  'continue',
  'continued',
  'stepped',
  'offer',
  'offered',
]);
/** Words that open a clause: what follows is not the verb's object ("warned that a bombing …"). */
const CLAUSE_OPENERS = new Set([
  'that',
  'whether',
  'if',
  'how',
  'what',
  'why',
  'when',
  'where',
  'who',
  'which',
  'up',
  'out',
  'off',
]);
/** Words after which a pronoun opens a clause as its subject ("…, saying it would", "if it wants"). */
const CLAUSE_LEADS = new Set([
  'that',
  'if',
  'because',
  ',',
  'and',
  'but',
  'said',
  'says',
  'when',
  'while',
  'as',
  'unless',
  'after',
  'before',
  'since',
  'until',
  'so',
  'whether',
  'though',
  'although',
  'where',
  'saying',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'these',
  'those',
  'new',
  'all',
  'both',
]);

export interface StanceContext extends SpeakerContext {
  docId: string;
  roles: Role[];
  attribution: Attribution;
}

export function stateOf(ctx: StanceContext, key: string): string | undefined {
  if (key.startsWith('state:')) return key;
  const role = ctx.roles.find((r) => r.person === key && r.target.startsWith('state:'));
  if (role) return role.target;
  const viaOrg = ctx.roles.find((r) => r.person === key && ctx.res.entities.get(r.target)?.country);
  if (viaOrg) return `state:${ctx.res.entities.get(viaOrg.target)!.country}`;
  const c = ctx.res.entities.get(key)?.country;
  return c ? `state:${c}` : undefined;
}

/** Actor slots of a sentence: mentions (title chains folded into their person), title references and pronouns. */
export function slotsOf(ctx: StanceContext, s: Sentence, speakerAt: (offset: number) => string | undefined): Slot[] {
  const { tokens, res, text, roles } = ctx;
  const slots: Slot[] = [];
  const from = tokenAt(tokens, s.start);
  const to = tokenAt(tokens, s.end);
  // Roles are sorted by start: the sentence's are found by binary search, not by a scan of all.
  const chains: Role[] = [];
  for (let i = countBelow(roles, s.start, (r) => r.span.start); i < roles.length && roles[i]!.span.start < s.end; i++) {
    if (roles[i]!.span.end <= s.end) chains.push(roles[i]!);
  }
  // Chains by the person mention they end at, and sorted by start for the modifiers inside them.
  const chainEnding = new Map<string, Role>();
  for (const r of chains) chainEnding.set(`${r.person}@${r.span.end}`, r);
  const chainSpans = chains
    .map((r) => ({ start: r.span.start, end: r.span.end, person: r.person }))
    .sort((a, b) => a.start - b.start);
  const isPossessive = (end: number) =>
    /^['’]s?\b/.test(text.slice(end, end + 2)) || /^['’]s/.test(text.slice(end, end + 2));
  for (const m of within(res.sorted.items, s.start, s.end)) {
    const key = res.keyOf.get(m);
    if (!key) continue;
    // Inside a title chain, the state or body is a modifier of the person.
    if (m.kind !== 'person' && insideChain(chainSpans, m.start, m.end, key)) continue;
    const chainOfPerson = m.kind === 'person' ? chainEnding.get(`${key}@${m.end}`) : undefined;
    const start = chainOfPerson ? Math.min(chainOfPerson.span.start, m.start) : m.start;
    const slot: Slot = {
      key,
      from: tokenAt(tokens, start),
      to: tokenAt(tokens, m.end),
      possessive: isPossessive(m.end),
      person: m.kind === 'person',
      demonym: m.form === 'demonym',
    };
    slots.push(slot);
  }
  const covered = new Uint8Array(Math.max(0, to - from));
  for (const x of slots) covered.fill(1, Math.max(0, x.from - from), Math.max(0, x.to - from));
  const recent = new RecentSlots(slots);
  const isTopic = (x: Slot) => !x.demonym && !PREPOSITIONS.has(tokens[x.from - 1]?.lower ?? '');
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (covered[k - from]) continue;
    let key: string | undefined;
    let person = false;
    if (FIRST_PERSON.has(t.lower) && !(t.lower === 'us' && t.text === 'US')) {
      key = speakerAt(t.start);
      person = true;
    } else if (THIRD_PERSON.has(t.lower)) {
      key = recent.last(true, k)?.key ?? lastPersonKey(ctx, t.start);
      person = true;
    } else if (THING.has(t.lower)) {
      // "it" opening a clause continues the sentence's topic: the first actor before it that is
      // neither governed by a preposition nor an adjective ("Turkey must recognise Cyprus if it
      // wants talks with the EU"). An object "it" and a possessive "its" go with the nearest
      // ("urged Iran to halt its programme").
      const opensClause = k === from || CLAUSE_LEADS.has(tokens[k - 1]!.lower);
      const topic = t.lower === 'it' && opensClause ? recent.topic(k, isTopic) : undefined;
      key = (topic ?? recent.last(false, k))?.key;
    } else if (GOVERNMENT_HEADS.has(t.lower) && TITLE_HEADS.has(t.lower) && !tokens[k + 1]?.cap) {
      // Title references: "the Russian president", "the Foreign Minister".
      let a = k;
      while (
        a > from &&
        (tokens[a - 1]!.cap || ['foreign', 'prime', 'press', 'deputy'].includes(tokens[a - 1]!.lower)) &&
        tokens[a - 1]!.lower !== 'the'
      )
        a--;
      if (tokens[a - 1]?.lower === 'the' || tokens[a - 1]?.lower === "'s") a = Math.max(from, a - 1);
      if (tokens[a]?.lower === "'s" || tokens[a]?.lower === '’s') a = Math.max(from, a - 1);
      const span = { start: tokens[a]!.start, end: t.end };
      key = resolveTitleReference(ctx, span);
      person = true;
      if (key) {
        recent.removeWithin(a, k + 1);
        recent.add({ key, from: a, to: k + 1, possessive: false, person, demonym: false });
      }
      continue;
    }
    if (key)
      recent.add({ key, from: k, to: k + 1, possessive: POSSESSIVE_PRONOUNS.has(t.lower), person, demonym: false });
  }
  return recent.all().sort((a, b) => a.from - b.from);
}

/**
 * The slots of one sentence while its pronouns are read left to right: the mention slots, then
 * those added (pronouns, title references). A pronoun takes the last slot of its kind in that
 * order that ends before it: the latest added one, else the mention slot furthest down the list
 * ending by then. Kept as the reading goes: filtering every slot for each pronoun made a long
 * sentence quadratic.
 */
class RecentSlots {
  private readonly mentions: Slot[];
  private readonly added: Slot[] = [];
  /** Added slots per kind (0 person, 1 thing), in the order added. */
  private readonly addedOf: [Slot[], Slot[]] = [[], []];
  private readonly removed = new Set<Slot>();
  /** Mention slot indexes by their end, and how many of them end by the current token. */
  private readonly byEnd: number[];
  private ended = 0;
  /** Where the search for a topic (see `topic`) stands in the mentions and the added slots. */
  private topicMention = 0;
  private topicAdded = 0;
  /** Per kind: the indexes of the mention slots ended so far, highest on top (removed ones dropped lazily). */
  private readonly endedOf: [MaxHeap, MaxHeap] = [new MaxHeap(), new MaxHeap()];
  /** Slots by their first token, for a title reference that replaces the slots inside it. */
  private readonly byFrom = new Map<number, Slot[]>();

  constructor(mentions: Slot[]) {
    this.mentions = mentions;
    this.byEnd = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.to - mentions[b]!.to || a - b);
    for (const x of mentions) this.index(x);
  }

  private index(x: Slot): void {
    const list = this.byFrom.get(x.from);
    if (list) list.push(x);
    else this.byFrom.set(x.from, [x]);
  }

  add(x: Slot): void {
    this.added.push(x);
    this.addedOf[x.person ? 0 : 1].push(x);
    this.index(x);
  }

  /** The last slot of the kind ending at or before token k (k never decreases between calls). */
  last(person: boolean, k: number): Slot | undefined {
    const kind = person ? 0 : 1;
    // An added slot ends at or before the token after it, so any is before k.
    const added = this.addedOf[kind];
    while (added.length > 0 && this.removed.has(added[added.length - 1]!)) added.pop();
    if (added.length > 0) return added[added.length - 1];
    for (; this.ended < this.byEnd.length && this.mentions[this.byEnd[this.ended]!]!.to <= k; this.ended++) {
      const i = this.byEnd[this.ended]!;
      this.endedOf[this.mentions[i]!.person ? 0 : 1].push(i);
    }
    const heap = this.endedOf[kind];
    while (heap.size > 0 && this.removed.has(this.mentions[heap.top()]!)) heap.pop();
    return heap.size > 0 ? this.mentions[heap.top()] : undefined;
  }

  /**
   * The first slot of things in list order that `qualifies` and ends at or before token k (k
   * never decreases, `qualifies` is the same between calls): a mention if one qualifies, else
   * an added slot. Pointers only move forward, so a sentence's pronouns cost one pass.
   */
  topic(k: number, qualifies: (x: Slot) => boolean): Slot | undefined {
    const skip = (x: Slot) => x.person || this.removed.has(x) || !qualifies(x);
    while (this.topicMention < this.mentions.length && skip(this.mentions[this.topicMention]!)) this.topicMention++;
    if (this.topicMention < this.mentions.length) {
      const x = this.mentions[this.topicMention]!;
      return x.to <= k ? x : undefined;
    }
    while (this.topicAdded < this.added.length && skip(this.added[this.topicAdded]!)) this.topicAdded++;
    return this.added[this.topicAdded];
  }

  /** Drops the slots lying inside tokens [from, to). */
  removeWithin(from: number, to: number): void {
    for (let f = from; f < to; f++) for (const x of this.byFrom.get(f) ?? []) if (x.to <= to) this.removed.add(x);
  }

  /** The slots in list order, without the removed ones. */
  all(): Slot[] {
    const out: Slot[] = [];
    for (const x of this.mentions) if (!this.removed.has(x)) out.push(x);
    for (const x of this.added) if (!this.removed.has(x)) out.push(x);
    return out;
  }
}

/** A binary max-heap of integers. */
class MaxHeap {
  private readonly items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  top(): number {
    return this.items[0]!;
  }
  push(v: number): void {
    const a = this.items;
    a.push(v);
    for (let i = a.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (a[p]! >= a[i]!) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): void {
    const a = this.items;
    const last = a.pop()!;
    if (a.length === 0) return;
    a[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && a[l]! > a[m]!) m = l;
      if (r < a.length && a[r]! > a[m]!) m = r;
      if (m === i) break;
      [a[m], a[i]] = [a[i]!, a[m]!];
      i = m;
    }
  }
}

/** True when [start, end) lies inside the title chain of another entity. */
function insideChain(
  chains: ReadonlyArray<{ start: number; end: number; person: string }>,
  start: number,
  end: number,
  key: string,
): boolean {
  // Chains starting at or before the mention; they are short, so a few steps back suffice.
  const lo = firstStartingAt(chains, start + 1);
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
    const c = chains[i]!;
    if (c.start <= start && end <= c.end && c.person !== key) return true;
  }
  return false;
}

/** Slots (sorted by `from`) whose first token lies in [from, to). */
function slotsFrom(slots: readonly Slot[], from: number, to: number): Slot[] {
  const out: Slot[] = [];
  for (let i = countBelow(slots, from, (x) => x.from); i < slots.length && slots[i]!.from < to; i++)
    out.push(slots[i]!);
  return out;
}

function lastPersonKey(ctx: StanceContext, offset: number): string | undefined {
  // Every mention of the resolution has its key (resolve and addReference set both).
  const m = lastPersonBefore(ctx.res, offset);
  return m ? ctx.res.keyOf.get(m) : undefined;
}

export function modalityOf(
  ctx: StanceContext,
  cueFrom: number,
  clauseFrom: number,
  speaker: string | undefined,
): Modality {
  const { tokens } = ctx;
  const window = lowerForms(tokens, Math.max(clauseFrom, cueFrom - 6), cueFrom);
  const near = lowerForms(tokens, Math.max(clauseFrom, cueFrom - 4), cueFrom);
  if (
    near.some((w) => NEGATIONS.has(w)) ||
    near.some((w, i) => w === 'n' && near[i + 1] === "'") ||
    near.includes('won')
  )
    return 'negated';
  const clause = lowerForms(tokens, clauseFrom, cueFrom);
  if (clause.includes('if') || clause.includes('unless') || window.some((w) => HYPOTHETICAL.has(w)))
    return 'hypothetical';
  // "It is time for X and Y to …", "X should …": proposals govern the whole clause before the cue.
  const timeTo = clause.some((w, i) => w === 'time' && (clause[i + 1] === 'for' || clause[i + 1] === 'to'));
  if (window.some((w) => PROPOSED.has(w)) || timeTo || clause.some((w) => w === 'should' || w === 'must'))
    return 'proposed';
  if (window.some((w) => PLANNED.has(w))) return 'planned';
  return speaker ? 'reported' : 'asserted';
}

// Ends of person mentions, rebuilt only when mentions were added: a scan of every mention for
// each cue made long documents quadratic.
const personEndCache = new WeakMap<object, { n: number; ends: Set<number> }>();
function personEndsAt(ctx: StanceContext, end: number): boolean {
  const items = ctx.res.sorted.items;
  let cache = personEndCache.get(items);
  if (!cache || cache.n !== items.length) {
    cache = { n: items.length, ends: new Set(items.filter((m) => m.kind === 'person').map((m) => m.end)) };
    personEndCache.set(items, cache);
  }
  return cache.ends.has(end);
}

function matchCue(ctx: StanceContext, k: number): { cue: Cue; to: number } | undefined {
  const { tokens } = ctx;
  const list = CUE_INDEX.get(tokens[k]!.lower);
  if (!list) return undefined;
  for (const cue of list) {
    const words = cue.words.split(' ');
    if (words.every((w, j) => tokens[k + j]?.lower === w)) {
      // Phrasal verbs are other verbs: "signed up", "backed down", "called off".
      if (['up', 'down', 'off', 'out'].includes(tokens[k + words.length]?.lower ?? '')) return undefined;
      // Verbs and nouns share spellings ("visit", "support"): the article or possessive in front says noun.
      const prev = tokens[k - 1]?.lower ?? '';
      // A verb after a subject pronoun, an auxiliary, "to", an adverb, or a name ("Kerry visits");
      // otherwise a noun ("several visits", "the EU embargo", "US pressure").
      const prevTok = tokens[k - 1];
      const verbish =
        VERB_LEAD.has(prev) ||
        /ly$/.test(prev) ||
        (!!prevTok?.cap && prevTok.word && /(?:s|ed)$/.test(tokens[k]!.lower) && personEndsAt(ctx, prevTok.end));
      const nounish = !verbish;
      const isVerbForm = list.some((c) => c.pos === 'verb' && c.words === cue.words);
      const isNounForm = list.some((c) => c.pos === 'noun' && c.words === cue.words);
      if (isVerbForm && isNounForm) {
        const want = nounish ? 'noun' : 'verb';
        const chosen = list.find((c) => c.words === cue.words && c.pos === want)!;
        return { cue: chosen, to: k + words.length };
      }
      return { cue, to: k + words.length };
    }
  }
  return undefined;
}

/** A window stance and the token index of its cue. */
export interface WindowStance {
  stance: ExtractedStance;
  at: number;
  pos: 'verb' | 'noun';
  /** Start of its sentence (the evidence of a long sentence is only a piece of it). */
  sentence: number;
}

export function windowStances(ctx: StanceContext): WindowStance[] {
  const { tokens, text, sentences, quotes, attribution } = ctx;
  const out: WindowStance[] = [];
  const inners = quotes.map((q, index) => ({ start: q.inner.start, end: q.inner.end, index }));
  const quoteAt = (offset: number): number => covering(inners, offset)?.index ?? -1;
  const speakerOfSentence = (s: Sentence, offset: number): string | undefined => {
    const qi = quoteAt(offset);
    if (qi >= 0) return attribution.quoteSpeakers[qi];
    return attribution.sentenceSpeakers[s.index];
  };
  const recentPersons: Array<{ key: string; sentence: number }> = [];
  for (const s of sentences) {
    const from = tokenAt(tokens, s.start);
    const to = tokenAt(tokens, s.end);
    // Most sentences hold no cue: their slots are only remembered as recent people.
    let hasCue = false;
    for (let k = from; k < to && !hasCue; k++) hasCue = CUE_INDEX.has(tokens[k]!.lower);
    if (!hasCue) {
      for (const m of within(ctx.res.sorted.items, s.start, s.end)) {
        const key = m.kind === 'person' ? ctx.res.keyOf.get(m) : undefined;
        if (key) recentPersons.push({ key, sentence: s.index });
      }
      continue;
    }
    const slots = slotsOf(ctx, s, (offset) => speakerOfSentence(s, offset));
    const covered = new Uint8Array(Math.max(0, to - from));
    for (const x of slots) covered.fill(1, Math.max(0, x.from - from), Math.max(0, x.to - from));
    for (let k = from; k < to; k++) {
      if (covered[k - from]) continue;
      const hit = matchCue(ctx, k);
      if (!hit) continue;
      const { cue } = hit;
      const qi = quoteAt(tokens[k]!.start);
      const region: Quote | undefined = qi >= 0 ? quotes[qi] : undefined;
      const inRegion = (x: Slot) => {
        const off = tokens[x.from]!.start;
        return region ? region.inner.start <= off && off < region.inner.end : quoteAt(off) < 0;
      };
      // Slots are looked for in a bounded clause window around the cue: linear in the text.
      let clauseFrom = Math.max(from, k - CLAUSE_WINDOW);
      for (let j = k - 1; j >= clauseFrom; j--)
        if (/[;:]/.test(tokens[j]!.text) || (region && tokens[j]!.start < region.inner.start)) {
          clauseFrom = j + 1;
          break;
        }
      const before = slotsFrom(slots, clauseFrom, k).filter((x) => x.to <= k && inRegion(x));
      const afterAll = slotsFrom(slots, hit.to, hit.to + 16).filter(inRegion);
      let stop = Math.min(to, hit.to + 16);
      for (let j = hit.to; j < stop; j++)
        if (/[;]/.test(tokens[j]!.text) || (region && tokens[j]!.start >= region.inner.end)) {
          stop = j;
          break;
        }
      // A possessive pronoun is a determiner of what follows, never the object itself.
      const after = afterAll.filter(
        (x) => x.from < stop && !(x.possessive && x.to - x.from === 1 && !tokens[x.from]!.cap),
      );
      const passive =
        cue.pos === 'verb' &&
        (BE.has(tokens[k - 1]?.lower ?? '') || BE.has(tokens[k - 2]?.lower ?? '') || tokens[hit.to]?.lower === 'by');
      const byAt = tokens.slice(hit.to, Math.min(stop, hit.to + 8)).findIndex((t) => t.lower === 'by');
      const byAgents =
        byAt >= 0
          ? coordinated(
              tokens,
              after.filter((x) => x.from > hit.to + byAt),
            )
          : [];

      let sources: Slot[] = [];
      let targets: Slot[] = [];
      const prevTok = tokens[k - 1];
      // "the U.S.-Vietnam Comprehensive Strategic Partnership": a few capitalised modifiers may
      // stand between the hyphenated pair and its cue noun.
      const lastBefore = before[before.length - 1];
      const modifiersOnly =
        !!lastBefore && k - lastBefore.to <= 3 && tokens.slice(lastBefore.to, k).every((t) => t.cap && t.word);
      const pairBefore =
        before.length >= 2 &&
        prevTok &&
        cue.pos === 'noun' &&
        modifiersOnly &&
        PAIR_DASHES.has(tokens[before[before.length - 2]!.to]?.text ?? '') &&
        before[before.length - 2]!.to + 1 === before[before.length - 1]!.from;
      if (pairBefore) {
        // "the Kurdish-Turkish conflict"
        sources = [before[before.length - 2]!];
        targets = [before[before.length - 1]!];
      } else if (tokens[k - 1]?.text === '-' && k - 2 >= from && covered[k - 2 - from]) {
        // "anti-Kurdish intervention": the target is named inside; a source only when adjacent.
        continue;
      } else if (passive && byAgents.length > 0) {
        sources = byAgents;
        // The subject of a passive is not inside a prepositional phrase ("the meeting on Palestinian reform").
        const t = before.filter((x) => !PREPOSITIONS.has(tokens[x.from - 1]?.lower ?? '')).pop();
        // "blamed by the Americans on Iran": an object after the agents, introduced by the cue's
        // preposition, wins over the subject before the verb.
        const lastAgent = sources[sources.length - 1]!;
        const rest = after.filter(
          (x) =>
            !sources.includes(x) &&
            x.from > lastAgent.from &&
            introducedBy(tokens, lastAgent.to, x.from, cue.preps ?? []),
        );
        targets = rest.length > 0 ? coordinated(tokens, rest) : t ? [t] : [];
      } else if (cue.pos === 'noun') {
        // "visit by John Kerry": the agent of a noun follows it at once ("the attack was blamed by …" is the verb's).
        // "visit by John Kerry", "visits to Saudi Arabia by British officials"; but in "the attack was
        // blamed by …" the agent belongs to the verb.
        const byGap = byAt >= 0 ? tokens.slice(hit.to, hit.to + byAt) : [];
        if (byAgents.length > 0 && byGap.every((t) => !BE.has(t.lower) && !MODALS.has(t.lower) && t.text !== ','))
          sources = byAgents;
        else {
          const adjacent = before.filter(
            (x) => x.to >= k - 3 && (x.possessive || x.to === k || tokens[x.to]?.lower === "'s"),
          );
          // "Kerry's visit will become the fight against Daesh"; not "his opposition to the war on Iraq".
          // ("Kerry's plans for a visit to Moscow" keeps its possessor; "to", "on", "in" … open other phrases.)
          const possessive = before.filter(
            (x) =>
              x.possessive &&
              k - x.to <= 8 &&
              tokens.slice(x.to, k).every((t) => t.lower === 'for' || t.lower === 'of' || !PREPOSITIONS.has(t.lower)),
          );
          const pick = adjacent[adjacent.length - 1] ?? possessive[possessive.length - 1];
          if (pick) sources = [pick];
        }
        const between = tokens[k + (hit.to - k)]?.lower === 'between';
        if (between) {
          const pair = coordinated(tokens, after);
          if (pair.length >= 2) [sources, targets] = [[pair[0]!], pair.slice(1)];
        } else {
          // The noun's own prepositional phrase starts right after it ("visit to", "talks yesterday with");
          // a preposition further on belongs to something else ("trip follows visits to …").
          const preps = cue.preps ?? [];
          // After a by-agent the phrase follows the agent ("this visit by John Kerry to Moscow").
          const from =
            sources.length > 0 && byAt === 0 && sources[sources.length - 1]!.from > hit.to
              ? sources[sources.length - 1]!.to
              : hit.to;
          const attached = [0, 1, 2].some(
            (d) =>
              preps.includes(tokens[from + d]?.lower ?? '') &&
              tokens
                .slice(from, from + d)
                .every(
                  (t) => t.word && !t.cap && !BE.has(t.lower) && !MODALS.has(t.lower) && !/(?:ed|ing)$/.test(t.lower),
                ),
          );
          if (attached)
            targets = coordinated(
              tokens,
              after.filter((x) => !sources.includes(x) && introducedBy(tokens, hit.to, x.from, preps)),
              after,
            );
        }
        // "X held talks with Y", "Russia and the United States to reach a common approach".
        // A light verb, not a noun of the same spelling ("an early start to talks").
        const isLight = (d: number) =>
          LIGHT_VERBS.has(tokens[k - d]?.lower ?? '') &&
          !['a', 'an', 'the'].includes(tokens[k - d - 1]?.lower ?? '') &&
          !['a', 'an', 'the'].includes(tokens[k - d - 2]?.lower ?? '');
        const light = sources.length === 0 ? [1, 2, 3].find(isLight) : undefined;
        if (light !== undefined) {
          const subj = before.filter((x) => x.to <= k - light && !PREPOSITIONS.has(tokens[x.from - 1]?.lower ?? ''));
          const pick = subj[subj.length - 1];
          if (pick) sources = [pick];
        }
      } else {
        const infinitive = prevTok?.lower === 'to';
        const subjectLike = before.filter((x) => !PREPOSITIONS.has(tokens[x.from - 1]?.lower ?? ''));
        const personLike = before.filter((x) => x.person);
        // "used by China to threaten …": the agent right before the infinitive.
        const adjacent = infinitive ? before.filter((x) => x.to >= k - 2 && tokens[x.from - 1]?.lower === 'by') : [];
        const pick =
          adjacent[adjacent.length - 1] ??
          (infinitive ? personLike[personLike.length - 1] : undefined) ??
          subjectLike[subjectLike.length - 1] ??
          before[before.length - 1];
        if (pick) sources = [pick];
        // Object right after the verb ("meeting British officials"), or after one of its prepositions ("meet with").
        targets = coordinated(
          tokens,
          after.filter(
            (x) =>
              !sources.includes(x) &&
              ((!cue.prepOnly && directObject(tokens, hit.to, x.from)) ||
                introducedBy(tokens, hit.to, x.from, cue.preps ?? [])),
          ),
          after,
        );
        // "Iran, which Washington has accused …": the relative clause's antecedent is the object.
        const src = sources[0];
        if (targets.length === 0 && src && ['which', 'whom', 'who'].includes(tokens[src.from - 1]?.lower ?? '')) {
          const antecedent = before.filter((x) => x.to <= src.from - 1 && src.from - 1 - x.to <= 1).pop();
          if (antecedent) targets = [antecedent];
        }
      }
      if (sources.length === 1 && targets.length === 0 && cue.symmetric) {
        const src = sources[0]!;
        const pair = before.filter(
          (x) => x.to <= src.from && tokens.slice(x.to, src.from).every((t) => COORD.has(t.lower)),
        );
        if (pair.length > 0) targets = [src];
        if (pair.length > 0) sources = [pair[pair.length - 1]!];
      }
      if (targets.length === 0 && cue.implicitPartner && sources.length === 1) {
        // "coordination of our joint efforts": the partner is the foreign counterpart just mentioned.
        const own = stateOf(ctx, sources[0]!.key);
        const partner = recentPersons
          .slice(-12)
          .filter((p) => p.sentence >= s.index - 2 && p.key !== sources[0]!.key && stateOf(ctx, p.key) !== own)
          .pop();
        if (partner) targets = [{ key: partner.key, from: k, to: k, possessive: false, person: true, demonym: false }];
      }
      // "Iran warned the United States": a warning between states threatens; "MPs warned Mr Blair" cautions.
      if (cue.stateTarget)
        targets = targets.filter(
          (x) => x.key.startsWith('state:') || ctx.res.entities.get(x.key)?.subtype === 'armed-group',
        );
      if (sources.length === 0 || targets.length === 0) continue;
      const speaker = speakerOfSentence(s, tokens[k]!.start);
      const modality = modalityOf(ctx, k, clauseFrom, speaker);
      // "ready to negotiate with Israel": CAMEO codes an intent to meet or negotiate as 036,
      // an intent to cooperate.
      let kind = cue.kind;
      let cameo = cue.cameo;
      const lead = lowerForms(tokens, Math.max(from, k - 3), k);
      if (kind === 'meets' && lead.includes('to') && lead.some((w) => INTENT.has(w)))
        [kind, cameo] = ['cooperates', '036'];
      for (const src of sources) {
        for (const tgt of targets) {
          if (src.key === tgt.key) continue;
          const span = evidenceSpan(text, s, [
            tokenSpan(tokens, k, hit.to),
            tokenSpan(tokens, src.from, src.to),
            tokenSpan(tokens, tgt.from, tgt.to),
          ]);
          const evidence = {
            doc: ctx.docId,
            start: span.start,
            end: span.end,
            quote: text.slice(span.start, span.end),
            cameo,
            modality,
            ...(speaker ? { speaker } : {}),
          };
          out.push({
            stance: { family: 'stance', kind, source: src.key, target: tgt.key, cameo, evidence },
            at: k,
            pos: cue.pos,
            sentence: s.start,
          });
        }
      }
    }
    for (const x of slots) if (x.person) recentPersons.push({ key: x.key, sentence: s.index });
  }
  return out;
}

/** Only determiners and lower-case modifiers between the verb and the slot: its object. */
function directObject(tokens: SpeakerContext['tokens'], from: number, to: number): boolean {
  const gap = tokens.slice(from, to);
  // Determiners, lower-case modifiers and titles ("meet Mr Allawi", "congratulated President Bush").
  return (
    gap.length <= 4 &&
    gap.every(
      (t) =>
        (t.word &&
          !PREPOSITIONS.has(t.lower) &&
          !CLAUSE_OPENERS.has(t.lower) &&
          (DETERMINERS.has(t.lower) || !t.cap || HONORIFICS.has(t.lower) || TITLE_HEADS.has(t.lower)) &&
          !/(?:ed|ing)$/.test(t.lower)) ||
        DETERMINERS.has(t.lower) ||
        t.text === '.',
    )
  );
}

/** The slot follows one of the cue's prepositions ("visit to Moscow"), not "with regard to". */
function introducedBy(tokens: SpeakerContext['tokens'], from: number, to: number, preps: readonly string[]): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (preps.includes(t.lower) && !['regard', 'respect', 'reference'].includes(tokens[j + 1]?.lower ?? ''))
      return true;
  }
  return false;
}

/**
 * The first slot and those coordinated with it ("Lavrov and President Putin", "the United States,
 * Japan and the EC").
 */
function coordinated(tokens: SpeakerContext['tokens'], slots: readonly Slot[], all: readonly Slot[] = slots): Slot[] {
  const first = slots[0];
  if (!first) return [];
  // Coordination continues over every slot after the first one ("met Berlusconi and Schroeder"),
  // not only those that passed the first one's test.
  slots = all.slice(Math.max(0, all.indexOf(first)));
  const out = [first];
  for (let i = 1; i < slots.length; i++) {
    const prev = out[out.length - 1]!;
    const gap = tokens.slice(prev.to, slots[i]!.from);
    if (gap.length > 4 || !gap.every((t) => COORD.has(t.lower) || TITLE_HEADS.has(t.lower) || (t.cap && t.word))) break;
    out.push(slots[i]!);
  }
  return out;
}
