// clauses: verb frames from the learned syntax layer. Each verb group gets its subject, its
// direct object and its prepositional objects as actor slots, following the clause structure
// rather than a token window:
//   "France and Germany signed an accord"          subject: France, Germany (coordination)
//   "He urged Iran to free the detainees"           urged: object Iran; free: subject Iran (object control)
//   "Ankara warned that it would halt gas to Sofia" halt: subject it, inside the complement of warned
//   "The leaders discussed aid and condemned Russia" condemned: subject of discussed (coordinated verbs)
//   "the rebels whom Ethiopia accused"              accused: subject Ethiopia, object the rebels (relative)
//   "was welcomed by Beijing"                       passive: by-agent is the actor, subject the target
import { lowerForms, type Token } from '../tokens.js';
import type { Slot } from './window.js';

/** A phrase chunk over token indices [from, to). */
export interface ChunkSpan {
  type: string;
  from: number;
  to: number;
}

/** One sentence as the syntax layer sees it: Penn tags (by token index - from) and chunks. */
export interface ParsedSentence {
  from: number;
  to: number;
  pos: readonly string[];
  chunks: readonly ChunkSpan[];
}

/** A noun group: NP chunks joined by possessives, "of" phrases and coordination, with its actors. */
export interface Group {
  from: number;
  to: number;
  /** Last token of the first noun chunk: "aggression" in "Russia's aggression against Ukraine". */
  head: number;
  slots: Slot[];
  /** Pair references ("the two leaders", "they") inside the group. */
  pair: boolean;
}

export interface PrepObject {
  prep: string;
  /** Token index of the preposition. */
  at: number;
  group: Group;
}

export interface VerbFrame {
  /** The verb group and its head verb. */
  from: number;
  to: number;
  head: number;
  passive: boolean;
  negated: boolean;
  infinitive: boolean;
  /** Lower-case auxiliaries and modals inside the verb group. */
  aux: string[];
  subject?: Group;
  object?: Group;
  preps: PrepObject[];
  /** The verb this one is the complement of ("to free" of "urged", "would halt" of "warned that"). */
  governor?: VerbFrame;
  /** Relative clause: the noun group the clause describes ("the rebels whom Ethiopia accused"). */
  antecedent?: Group;
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'am']);
const NEGATORS = new Set(['not', "n't", 'never', 't']);
const MODAL_TAGS = new Set(['MD']);
const COORDINATORS = new Set(['and', 'or', 'as well as', ',']);
/** Verbs that name what the speaker calls a thing: "what it called aggression", "what he termed provocations". */
const NAMING_VERBS = new Set(['called', 'calls', 'termed', 'terms', 'dubbed', 'labelled', 'labeled', 'branded']);
/** Words between two coordinated verb phrases: "signed a pact and / but also / or / nor …". */
const VERB_COORDINATORS = new Set(['and', ',', 'but', 'also', 'or', 'nor', 'then']);
const RELATIVES = new Set(['who', 'whom', 'which', 'that']);
const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', 'because', 'while', 'although', 'after', 'before', 'since']);
/** Verbs whose object is the subject of their "to" complement: "urged Iran to free", "asked China to help". */
export const OBJECT_CONTROL = new Set([
  'urge',
  'urged',
  'urges',
  'urging',
  'ask',
  'asked',
  'asks',
  'press',
  'pressed',
  'presses',
  'call',
  'called',
  'calls',
  'encourage',
  'encouraged',
  'encourages',
  'push',
  'pushed',
  'pushes',
  'force',
  'forced',
  'forces',
  'invite',
  'invited',
  'invites',
  'persuade',
  'persuaded',
  'allow',
  'allowed',
  'allows',
  'help',
  'helped',
  'helps',
  'expect',
  'expected',
  'want',
  'wanted',
  'wants',
  'tell',
  'told',
  'tells',
  'order',
  'ordered',
  'orders',
  'warn',
  'warned',
  'warns',
]);

const isVerbTag = (tag: string | undefined): boolean => !!tag && (tag.startsWith('VB') || tag === 'MD');

/** Chunks of a sentence merged into noun groups; every token knows its group. */
function nounGroups(
  tokens: readonly Token[],
  p: ParsedSentence,
  slots: readonly Slot[],
  pairs: ReadonlyArray<{ from: number; to: number; possessive: boolean }>,
): Group[] {
  const groups: Group[] = [];
  const nps = p.chunks.filter((c) => c.type === 'NP');
  const slotEnds = (g: { from: number; to: number }) => slots.filter((s) => s.to > g.from && s.to <= g.to);
  // "their commitment": a possessive reference determines a noun; it is not a party of the verb.
  const hasPair = (g: { from: number; to: number }) =>
    pairs.some((r) => !r.possessive && r.from < g.to && r.to > g.from);
  for (let i = 0; i < nps.length; i++) {
    const first = nps[i]!;
    let to = first.to;
    let head = first.to - 1;
    // "Russia 's aggression": a possessive NP joins the NP it determines.
    while (
      i + 1 < nps.length &&
      nps[i + 1]!.from === to &&
      !/^['’]s$/.test(tokens[to - 1]?.lower ?? '') &&
      (p.pos[nps[i + 1]!.from - p.from] === 'POS' || /^['’]s$/.test(tokens[nps[i + 1]!.from]?.lower ?? ''))
    ) {
      i++;
      to = nps[i]!.to;
      head = to - 1;
    }
    while (i + 1 < nps.length && nps[i + 1]!.from === to && /^['’]s?$/.test(tokens[to - 1]?.lower ?? '')) {
      i++;
      to = nps[i]!.to;
      head = to - 1;
    }
    groups.push({ from: first.from, to, head, slots: [], pair: false });
  }
  // "of" phrases extend a group ("the Government of Serbia", "the people of Afghanistan"), and
  // coordination joins groups of actors ("France, Germany and Italy").
  // A list joined by commas alone is no coordination unless "and" or "or" closes it: "Before
  // visiting Israel, Mr Blair made …" is two phrases, "France, Germany and Italy" one list.
  const merged: Group[] = [];
  let list: { at: number; commaOnly: Group[]; closed: boolean } | undefined;
  const closeList = () => {
    if (list && !list.closed) merged.splice(list.at, 1, ...list.commaOnly);
    list = undefined;
  };
  for (const g of groups) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const gap = lowerForms(tokens, prev.to, g.from);
      const ofPhrase = gap.length === 1 && gap[0] === 'of';
      const coordination =
        gap.length >= 1 &&
        gap.length <= 3 &&
        gap.every((w) => COORDINATORS.has(w) || w === 'as' || w === 'well') &&
        slotEnds(prev).length + (hasPair(prev) ? 1 : 0) > 0 &&
        slotEnds(g).length + (hasPair(g) ? 1 : 0) > 0;
      // "Joseph R. Biden, Jr.": an initial's full stop and a name suffix stay inside the name.
      const initial = gap.length === 1 && gap[0] === '.' && /^\p{Lu}$/u.test(tokens[prev.to - 1]!.text);
      const suffix =
        gap.length === 1 && gap[0] === ',' && g.to - g.from === 1 && NAME_SUFFIXES.has(tokens[g.from]!.lower);
      if (coordination && !ofPhrase && !suffix) {
        const commaOnly = gap.every((w) => w === ',');
        if (!list) list = { at: merged.length - 1, commaOnly: [{ ...prev }], closed: false };
        // The chunker may keep the closing "and" inside the last phrase: "France, [Germany and Italy]".
        const inner = tokens.slice(g.from, g.to).some((t) => t.lower === 'and' || t.lower === 'or');
        if (!commaOnly || inner) list.closed = true;
        list.commaOnly.push({ ...g });
        prev.to = g.to;
        continue;
      }
      if (ofPhrase || initial || suffix) {
        prev.to = g.to;
        if (list) list.commaOnly[list.commaOnly.length - 1]!.to = g.to;
        continue;
      }
    }
    closeList();
    merged.push({ ...g });
  }
  closeList();
  // A name the chunker cut in pieces is one group: "the Syrian Ambassador to Moscow, Riyad
  // Haddad", "the General Agreement on Tariffs and Trade".
  for (const x of slots) {
    const first = merged.findIndex((g) => x.from < g.to && x.to > g.from);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < merged.length && merged[last + 1]!.from < x.to) last++;
    if (last > first) {
      merged[first]!.to = merged[last]!.to;
      merged.splice(first + 1, last - first);
    }
    merged[first]!.slots.push(x);
  }
  for (const g of merged) g.pair = hasPair(g);
  return merged;
}

/** Noun groups and verb frames of one parsed sentence. */
export function analyseClauses(
  tokens: readonly Token[],
  p: ParsedSentence,
  slots: readonly Slot[],
  pairs: ReadonlyArray<{ from: number; to: number; possessive: boolean }>,
): { groups: Group[]; frames: VerbFrame[] } {
  const groups = nounGroups(tokens, p, slots, pairs);
  return { groups, frames: verbFrames(tokens, p, groups) };
}

/** Verb frames of one parsed sentence over its noun groups. */
function verbFrames(tokens: readonly Token[], p: ParsedSentence, groups: readonly Group[]): VerbFrame[] {
  const groupAt = new Map<number, Group>();
  for (const g of groups) for (let k = g.from; k < g.to; k++) groupAt.set(k, g);
  const tag = (k: number) => p.pos[k - p.from];
  const frames: VerbFrame[] = [];
  for (const c of p.chunks) {
    if (c.type !== 'VP') continue;
    // The head is the last verb of the group: "has been urging" -> urging; "to free" -> free.
    let head = -1;
    for (let k = c.to - 1; k >= c.from; k--)
      if (isVerbTag(tag(k)) && !MODAL_TAGS.has(tag(k)!)) {
        head = k;
        break;
      }
    if (head < 0) continue;
    const words = lowerForms(tokens, c.from, c.to);
    const aux = words.slice(0, head - c.from).filter((w) => !NEGATORS.has(w));
    // "was supported by Japan"; reduced: "its application, supported by Japan and the EC".
    const byFollows = tokens[c.to]?.lower === 'by';
    const passive =
      tag(head) === 'VBN' &&
      (aux.some((w) => BE.has(w) || w === 'get' || w === 'got') || (aux.length === 0 && byFollows));
    const negated = words.some(
      (w, j) => NEGATORS.has(w) && (w !== 't' || words[j - 1] === "'" || words[j - 1] === '’'),
    );
    const infinitive = words[0] === 'to';
    // Every field from the start, the optional ones undefined: frames of one hidden class, so the
    // optimised code that reads them is not discarded when a frame gains a field late.
    const frame: VerbFrame = {
      from: c.from,
      to: c.to,
      head,
      passive,
      negated,
      infinitive,
      aux,
      subject: undefined,
      object: undefined,
      preps: [],
      governor: undefined,
      antecedent: undefined,
    };
    // Objects: the noun group right after the verb group (skipping particles and adverbs), then
    // prepositional phrases up to the next verb group or clause boundary.
    let k = c.to;
    while (k < p.to && ['PRT', 'ADVP'].includes(chunkType(p, k) ?? '')) k = chunkEnd(p, k);
    const direct = groupAt.get(k);
    if (direct && direct.from === k) {
      frame.object = direct;
      k = direct.to;
    }
    for (let n = 0; n < 4 && k < p.to; n++) {
      const type = chunkType(p, k);
      if (type === 'PP') {
        const end = chunkEnd(p, k);
        const g = groupAt.get(end);
        if (!g || g.from !== end) break;
        frame.preps.push({
          prep: tokens
            .slice(k, end)
            .map((t) => t.lower)
            .join(' '),
          at: k,
          group: g,
        });
        k = g.to;
      } else if (type === 'ADVP' || (tokens[k]!.text === ',' && chunkType(p, k + 1) === 'PP'))
        k = k + 1 === chunkEnd(p, k) ? k + 1 : chunkEnd(p, k);
      else break;
    }
    frames.push(frame);
  }
  // Subjects, in a second pass: a verb may take its subject from the verb before it.
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    const prev = frames[i - 1];
    // "… discussed quotas and condemned Ecuador": a coordinated verb shares the subject before it.
    // Without auxiliaries of its own it shares the first verb's too, and what governs it: "did not
    // attack Chile or threaten Bolivia" denies both, "threatened to halt gas and cut oil" threatens both.
    const prevEnd = prev ? Math.max(prev.to, prev.object?.to ?? 0, prev.preps.at(-1)?.group.to ?? 0) : 0;
    if (prev && !f.infinitive) {
      const gap = lowerForms(tokens, prevEnd, f.from);
      if (gap.length >= 1 && gap.length <= 2 && gap.every((w) => VERB_COORDINATORS.has(w))) {
        f.subject = prev.subject;
        // Only a verb of the first one's form continues its verb group ("will not dismantle … or
        // improve"); "did not attack Ukraine but threatened Poland" asserts the second verb.
        const sameGroup =
          gap.some((w) => w === 'and' || w === 'or' || w === 'nor' || w === 'then') &&
          !gap.includes('but') &&
          !(f.passive && f.aux.length === 0) &&
          verbForm(tag(f.head)) === verbForm(tag(prev.head));
        if (sameGroup && f.aux.length === 0 && !f.negated) {
          f.aux = prev.aux;
          f.negated = prev.negated || gap.includes('nor');
          if (!f.governor && prev.governor) f.governor = prev.governor;
        }
        continue;
      }
    }
    // A reduced passive describes the noun right before it: "its application, supported by Japan".
    if (f.passive && f.aux.length === 0) {
      const g = groupAt.get(f.from - 1) ?? (tokens[f.from - 1]?.text === ',' ? groupAt.get(f.from - 2) : undefined);
      if (g) {
        f.subject = g;
        continue;
      }
    }
    let k = f.from - 1;
    let found: Group | undefined;
    while (k >= p.from) {
      const t = tokens[k]!;
      if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–') break;
      const g = groupAt.get(k);
      if (g) {
        if (RELATIVES.has(tokens[g.from]!.lower) && g.to - g.from === 1) {
          // "Iran, which Washington accused": the relative pronoun stands for the group before it.
          k = g.from - 1;
          continue;
        }
        // A prepositional object is not the subject ("a delegation from Iraq arrived"), unless it
        // ends in a person's name right before the verb: the name closes a long title ("Deputy
        // Secretary of State for Management Richard Verma met").
        const before = chunkType(p, g.from - 1);
        const closingName = g.to === f.from && g.slots.some((x) => x.person && x.to === g.to);
        if (before === 'PP' && !closingName) {
          k = g.from - 1;
          continue;
        }
        found = g;
        break;
      }
      const type = chunkType(p, k);
      if (type === 'VP' || type === 'SBAR' || COMPLEMENTIZERS.has(t.lower)) break;
      k--;
    }
    if (prev && f.infinitive && f.from <= prevEnd + 1) {
      // "urged Iran to free": object control; "pledged to work", "announced his intention to
      // visit": the subject goes on.
      f.governor = prev;
      f.subject = prev.object && OBJECT_CONTROL.has(tokens[prev.head]!.lower) ? prev.object : prev.subject;
      // "arms used by China to threaten Taiwan": the agent of a passive controls its purpose.
      const agent = prev.passive ? prev.preps.find((x) => x.prep === 'by') : undefined;
      if (agent) f.subject = agent.group;
      continue;
    }
    if (found) f.subject = found;
    // "warned that it would halt …": the nearest verb before the complementizer governs this one.
    if (prev && !f.governor) {
      const between = lowerForms(tokens, prev.to, f.from);
      if (between[0] === 'that' || (between.length <= 1 && f.infinitive)) f.governor = prev;
    }
  }
  // "condemned what it called American aggression": the object of a naming verb after "what" is
  // the object of the verb before it.
  for (let i = 0; i + 1 < frames.length; i++) {
    const f = frames[i]!;
    const naming = frames[i + 1]!;
    const what = f.object;
    if (!what || what.to - what.from !== 1 || tokens[what.from]!.lower !== 'what') continue;
    if (!NAMING_VERBS.has(tokens[naming.head]!.lower) || !naming.object || naming.from - what.to > 3) continue;
    f.object = naming.object;
  }
  // Relative clauses: "the rebels whom Ethiopia accused" — the group before the pronoun is the object.
  for (const f of frames) {
    const s = f.subject;
    if (!s) continue;
    const rel = s.from - 1;
    if (
      rel >= p.from &&
      (tokens[rel]!.lower === 'whom' || tokens[rel]!.lower === 'which' || tokens[rel]!.lower === 'that') &&
      !f.object
    ) {
      const antecedent = groupAt.get(rel - 1) ?? groupAt.get(rel - 2);
      if (antecedent && antecedent.slots.length > 0) f.antecedent = antecedent;
    }
  }
  return frames;
}

/** The form of a verb tag: VB and VBP write the same word ("will not sign … or improve"). */
function verbForm(tag: string | undefined): string | undefined {
  return tag === 'VBP' ? 'VB' : tag;
}

function chunkIndexAt(p: ParsedSentence, k: number): number {
  // Chunks are few per sentence: a linear scan is cheaper than an index.
  for (let i = 0; i < p.chunks.length; i++) {
    const c = p.chunks[i]!;
    if (c.from <= k && k < c.to) return i;
    if (c.from > k) break;
  }
  return -1;
}

function chunkType(p: ParsedSentence, k: number): string | undefined {
  const i = chunkIndexAt(p, k);
  return i < 0 ? undefined : p.chunks[i]!.type;
}

function chunkEnd(p: ParsedSentence, k: number): number {
  const i = chunkIndexAt(p, k);
  return i < 0 ? k + 1 : p.chunks[i]!.to;
}
