// stances: who meets, backs, demands, criticises, threatens, coerces or fights whom, sentence by
// sentence, with the speaker and the modality of each statement. Two engines read each sentence:
//   frames  the learned syntax layer's clause structure (subject, object, prepositional objects,
//           coordination, control, relative clauses) with the verb and noun cue tables;
//   window  hand constructions around cue words (noun cues with possessors, "the Kurdish-Turkish
//           conflict", "talks between X and Y"), for what a verb frame does not hold.
// Their stances are joined and de-duplicated per sentence.
import type { ExtractedStance, Sentence } from '../../model/extraction.js';
import type { Modality } from '../../model/vocab.js';
import { parseSentence } from '../syntax/index.js';
import { evidenceSpan, tokenSpan } from '../evidence.js';
import { covering, within } from '../spans.js';
import { tokenAt, type Token } from '../tokens.js';
import { analyseClauses, type ParsedSentence } from './clauses.js';
import { nounStances } from './nouns.js';
import { CUES } from './cue-lookup.js';
import { pairAt, pairReferences, type DiscoursePair } from './discourse.js';
import { frameStances, objectNounStances } from './verbs.js';
import { slotsOf, stateOf, windowStances, type Slot, type StanceContext } from './window.js';

export type { StanceContext } from './window.js';

/** Words of a reporting clause ("officials said", "according to diplomats"). */
const ATTRIBUTION_WORDS = new Set(['said', 'says', 'told', 'according', 'quoted', 'reportedly']);

/** Tokens parsed before a sentence's first party (its determiner, a preposition, a conjunction). */
const LEAD_TOKENS = 4;
/** Tokens parsed after its last party (a verb, "each other", a particle). */
const TAIL_TOKENS = 6;

/**
 * An actor and the state it acts for are one side: "Biden … the United States", "Tanzania …
 * President Samia", "Harris … the Biden-Harris Administration" hold no stance between them.
 */
function oneSide(ctx: StanceContext, a: string, b: string): boolean {
  const sa = stateOf(ctx, a);
  const sb = stateOf(ctx, b);
  if (!sa || sa !== sb) return false;
  // A state's own government bodies and its people as a group ("Palestinians", "Iraqis").
  const government = (key: string) =>
    key.startsWith('state:') || ctx.res.entities.get(key)?.subtype === 'government' || key.startsWith('group:');
  return government(a) || government(b);
}

/** Two slots that may hold a stance between them: different actors, not one side. */
function twoSides(ctx: StanceContext, slots: readonly Slot[]): boolean {
  const keys = [...new Set(slots.map((x) => x.key))];
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) if (!oneSide(ctx, keys[i]!, keys[j]!)) return true;
  return false;
}

export function findStances(ctx: StanceContext): ExtractedStance[] {
  return allStances(ctx).filter((s) => !oneSide(ctx, s.source, s.target));
}

function allStances(ctx: StanceContext): ExtractedStance[] {
  const { tokens, text, sentences, quotes, attribution } = ctx;
  const windowed = windowStances(ctx);
  // The frame engine owns the verbs of the sentences it parsed: a window stance on such a verb
  // is dropped; window stances on nouns, and on sentences not parsed, stay.
  const framedVerbs = new Set<number>();
  const reversedNouns = new Set<number>();
  const out: ExtractedStance[] = [];
  const seen = new Set<string>();
  const windowBySentence = new Map<number, typeof windowed>();
  for (const w of windowed) {
    const list = windowBySentence.get(w.sentence);
    if (list) list.push(w);
    else windowBySentence.set(w.sentence, [w]);
  }
  // An actor, a state or an armed group: what an act of force can be done to.
  const isState = (key: string) => key.startsWith('state:') || ctx.res.entities.get(key)?.subtype === 'armed-group';
  // Same state, whatever the kind of either actor: no implicit victim on one's own side.
  const sameState = (a: string, b: string) => {
    const sa = stateOf(ctx, a);
    return !!sa && sa === stateOf(ctx, b);
  };
  const inners = quotes.map((q, index) => ({ start: q.inner.start, end: q.inner.end, index }));
  const speakerAt = (s: Sentence, offset: number): string | undefined => {
    const q = covering(inners, offset);
    return q ? attribution.quoteSpeakers[q.index] : attribution.sentenceSpeakers[s.index];
  };
  const fromWindow = (sentenceStart: number) => {
    for (const w of windowBySentence.get(sentenceStart) ?? []) {
      if ((w.pos === 'verb' && framedVerbs.has(w.at)) || reversedNouns.has(w.at)) continue;
      const e = w.stance;
      const id = `${w.sentence}|${e.source}|${e.target}|${e.kind}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(e);
    }
  };
  let pair: DiscoursePair | undefined;
  // The two people of a meeting are the pair of what follows ("The leaders discussed …"): the
  // first meeting of the sentence names them ("Biden spoke with Scholz of Germany").
  const afterSentence = (s: Sentence, slots: readonly Slot[], sentenceOut: number) => {
    const meeting = out
      .slice(sentenceOut)
      .find((e) => e.kind === 'meets' && e.source.startsWith('person:') && e.target.startsWith('person:'));
    if (meeting && !oneSide(ctx, meeting.source, meeting.target))
      pair = { a: meeting.source, b: meeting.target, sentence: s.index };
    if (pair && slots.some((x) => x.key === pair!.a || x.key === pair!.b)) pair.sentence = s.index;
  };
  for (const s of sentences) {
    const sentenceOut = out.length;
    const from = tokenAt(tokens, s.start);
    const to = tokenAt(tokens, s.end);
    // Only sentences with an actor and a cue are parsed: most of a corpus is neither.
    let cue = within(ctx.res.sorted.items, s.start, s.end).length > 0 || !!pairAt(pair, s.index);
    if (cue) {
      cue = false;
      for (let k = from; k < to && !cue; k++) cue = CUES.mayCue(tokens[k]!.lower);
    }
    if (!cue) {
      fromWindow(s.start);
      continue;
    }
    const slots = slotsOf(ctx, s, (offset) => speakerAt(s, offset));
    const current = pairAt(pair, s.index);
    const pairRefs = current
      ? pairReferences(tokens, from, to).filter((r) => !slots.some((x) => x.from < r.to && x.to > r.from))
      : [];
    // A stance needs two parties on two sides: a sentence with fewer is not parsed (most
    // sentences of a corpus: "President Biden said the United States …" has one side).
    if (pairRefs.length === 0 && !twoSides(ctx, slots)) {
      fromWindow(s.start);
      continue;
    }
    const pairSlots: Slot[] = current
      ? [current.a, current.b].map((key) => ({
          key,
          from,
          to: from,
          possessive: false,
          person: key.startsWith('person:'),
          demonym: false,
        }))
      : [];
    // Only the part of the sentence from just before its first party is parsed, and only when a
    // cue follows that party: leading adverbials ("On Wednesday, September 20, 2023,") hold none.
    // And only up to a few tokens after its last party ("X and Y signed an accord"): what follows
    // ("…, officials said on Tuesday") holds no party.
    // Loops, not Math.min(...a.map(), ...b.map()): spreading arrays of two element kinds (an
    // empty literal, a filtered array) made V8 recompile this whole function again and again.
    let first = Infinity;
    let last = -Infinity;
    for (const x of [slots, pairRefs]) {
      for (const r of x) {
        if (r.from < first) first = r.from;
        if (r.to > last) last = r.to;
      }
    }
    const parseFrom = Math.max(from, first - LEAD_TOKENS);
    const parseTo = Math.min(to, last + TAIL_TOKENS);
    let cueInside = false;
    for (let k = first; k < parseTo && !cueInside; k++) cueInside = CUES.mayCue(tokens[k]!.lower);
    if (!cueInside) {
      fromWindow(s.start);
      continue;
    }
    // Parsing is the costly part, and most sentences that reach here hold no stance: it runs only
    // when something could come of it. A stance needs a cue the frames or the noun stage read
    // (a verb, a noun, a reversal within the parsed span), two people can become the pair of what
    // follows, and the frames take the verbs of the window's stances from it.
    const windowVerbs = windowBySentence.get(s.start)?.some((w) => w.pos === 'verb') ?? false;
    if (!windowVerbs && !twoPeople(slots) && !cueInSpan(tokens, parseFrom, parseTo, to)) {
      fromWindow(s.start);
      afterSentence(s, slots, sentenceOut);
      continue;
    }
    const parsed: ParsedSentence = parseSentence(tokens, parseFrom, parseTo);
    const { groups, frames } = analyseClauses(tokens, parsed, slots, pairRefs);
    for (const f of frames) {
      // Two people as one subject are the pair the following sentences talk about ("Biden and Scholz discussed …").
      const subj = (f.subject?.slots ?? []).filter((x) => x.person);
      if (subj.length === 2 && subj[0]!.key !== subj[1]!.key)
        pair = { a: subj[0]!.key, b: subj[1]!.key, sentence: s.index };
    }
    // What a reversal governs is ended, not done: "ended its blockade of Gaza" is no blockade.
    for (const f of frames)
      if (f.object && CUES.reversal(tokens, f.head))
        for (let k = f.object.from; k < f.object.to; k++) reversedNouns.add(k);
    const fromNouns = nounStances(tokens, groups, slots, CUES, isState, sameState).filter(
      (n) => !reversedNouns.has(n.at),
    );
    // The frames read every verb of a parsed sentence: the window's guesses on those verbs go.
    for (const f of frames) for (let k = f.from; k < f.to; k++) framedVerbs.add(k);
    const found = frameStances(tokens, frames, CUES, pairSlots, from, to);
    let attributed = false;
    for (let k = from; k < to && !attributed; k++) attributed = ATTRIBUTION_WORDS.has(tokens[k]!.lower);
    for (const fs of objectNounStances(tokens, frames, CUES, pairSlots, from)) found.push(fs);
    for (const n of fromNouns)
      found.push({
        kind: n.kind,
        cameo: n.cameo,
        sources: [n.source],
        targets: [n.target],
        modality: undefined,
        at: n.at,
      });
    for (const fs of found) {
      const speaker = speakerAt(s, tokens[fs.at]!.start);
      // "…, officials said": a statement attributed to someone unnamed is reported all the same.
      const modality: Modality = fs.modality ?? (speaker || attributed ? 'reported' : 'asserted');
      for (const src of fs.sources) {
        for (const tgt of fs.targets) {
          if (src.key === tgt.key) continue;
          const id = `${s.start}|${src.key}|${tgt.key}|${fs.kind}`;
          if (seen.has(id)) continue;
          seen.add(id);
          const span = evidenceSpan(text, s, [
            tokenSpan(tokens, fs.at, fs.at + 1),
            tokenSpan(tokens, src.from, src.to),
            tokenSpan(tokens, tgt.from, tgt.to),
          ]);
          const evidence = {
            doc: ctx.docId,
            start: span.start,
            end: span.end,
            quote: text.slice(span.start, span.end),
            cameo: fs.cameo,
            modality,
            ...(speaker ? { speaker } : {}),
          };
          out.push({ family: 'stance', kind: fs.kind, source: src.key, target: tgt.key, cameo: fs.cameo, evidence });
        }
      }
    }
    fromWindow(s.start);
    afterSentence(s, slots, sentenceOut);
  }
  return out;
}

/** Two different people among a sentence's actors: a subject that can become the discourse pair. */
function twoPeople(slots: readonly Slot[]): boolean {
  let first: string | undefined;
  for (const x of slots) {
    if (!x.person) continue;
    if (first === undefined) first = x.key;
    else if (x.key !== first) return true;
  }
  return false;
}

/**
 * Whether tokens[from, to) hold a cue a parse could use: a verb with its phrase (read up to the
 * sentence end `sentenceTo`, as the frames read it), a cue noun, or a reversal.
 */
function cueInSpan(tokens: readonly Token[], from: number, to: number, sentenceTo: number): boolean {
  for (let k = from; k < to; k++) {
    if (!CUES.mayCue(tokens[k]!.lower)) continue;
    if (CUES.verb(tokens, k, sentenceTo) || CUES.noun(tokens, k) || CUES.reversal(tokens, k)) return true;
  }
  return false;
}
