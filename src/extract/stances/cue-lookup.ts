// cue-lookup: one view over the cue tables for the frame engine. Verbs come from the CAMEO verb
// dictionary (lexicon/stance-cues.ts: its patterns first, "imposed sanctions on" -> 163) and
// then from the curated table of lexicon/cues.ts; a verb CAMEO codes in everyday senses
// ("take", "face": flagged broad) counts only through a pattern or the curated table, and the
// curated table has the last word on the kind of the verbs it lists.
import { CUE_INDEX, type Cue } from '../../lexicon/cues.js';
import {
  findMarker,
  findNounCue,
  findVerbCue,
  markedEvent,
  matchVerbPattern,
  nounCue,
  verbCue,
  type CueEvent,
} from '../../lexicon/stance-cues.js';
import type { StanceKind } from '../../model/vocab.js';
import { lowerForms, type Token } from '../tokens.js';
import type { CueHit, CueLookup } from './verbs.js';

/** Prepositions that introduce the other party of a CAMEO verb, by kind, when the pattern names none. */
const PREPS_BY_KIND: Readonly<Record<StanceKind, readonly string[]>> = {
  meets: ['with', 'to'],
  cooperates: ['with', 'to'],
  supports: ['to', 'for'],
  demands: ['from', 'of'],
  criticises: ['against', 'on'],
  threatens: ['against', 'with'],
  coerces: ['on', 'against', 'to', 'with', 'from'],
  fights: ['against', 'on', 'with'],
};

/** How far after a verb its pattern may reach (words). */
const PATTERN_REACH = 12;

function fromCurated(cue: Cue, length: number): CueHit {
  const out: CueHit = { kind: cue.kind, cameo: cue.cameo, length, curated: true };
  if (cue.preps) out.preps = cue.preps;
  if (cue.symmetric) out.symmetric = true;
  if (cue.prepOnly) out.prepOnly = true;
  if (cue.stateTarget) out.stateTarget = true;
  if (cue.joint) out.joint = cue.joint;
  return out;
}

function curated(tokens: readonly Token[], k: number, pos: 'verb' | 'noun'): CueHit | undefined {
  const list = CUE_INDEX.get(tokens[k]!.lower);
  if (!list) return undefined;
  for (const cue of list) {
    if (cue.pos !== pos) continue;
    const words = cue.words.split(' ');
    if (words.every((w, j) => tokens[k + j]?.lower === w)) return fromCurated(cue, words.length);
  }
  return undefined;
}

function fromEvent(event: CueEvent, length: number, curatedHit: CueHit | undefined): CueHit | undefined {
  if (!event.kind || !event.code) return undefined;
  const out: CueHit = { kind: event.kind, cameo: event.code, length };
  // The curated row knows the verb's prepositions and symmetry ("meet with", "clash with").
  const same = curatedHit && curatedHit.kind === event.kind ? curatedHit : undefined;
  out.preps = same?.preps ?? PREPS_BY_KIND[event.kind];
  if (same?.symmetric || event.symmetric) out.symmetric = true;
  if (same?.prepOnly) out.prepOnly = true;
  if (same?.stateTarget) out.stateTarget = true;
  if (same?.joint) out.joint = same.joint;
  if (event.reversed) out.reversed = true;
  return out;
}

/** Particles that make another verb of the one before them: "signed up", "backed down", "called off". */
const PARTICLES = new Set(['up', 'down', 'off', 'out']);

/** The last document's verb lookups by (k, end): a sentence asks for its verbs more than once. */
let memoTokens: readonly Token[] | undefined;
const memo = new Map<number, CueHit | null>();

function verb(tokens: readonly Token[], k: number, end: number): CueHit | undefined {
  if (tokens !== memoTokens) {
    memoTokens = tokens;
    memo.clear();
  }
  const key = k * (tokens.length + 1) + end;
  let hit = memo.get(key);
  if (hit === undefined) {
    hit = lookUpVerb(tokens, k, end) ?? null;
    memo.set(key, hit);
  }
  return hit ?? undefined;
}

function lookUpVerb(tokens: readonly Token[], k: number, end: number): CueHit | undefined {
  const words = lowerForms(tokens, k, Math.min(end, k + PATTERN_REACH));
  const found = findVerbCue(words, 0);
  // A phrasal verb is its own entry or none: never the bare verb's.
  if (PARTICLES.has(words[1] ?? '') && (!found || found.length < 2)) return undefined;
  const hand = found && found.length > 1 ? undefined : curated(tokens, k, 'verb');
  if (!found) return hand;
  const before = lowerForms(tokens, Math.max(0, k - 4), k);
  const match = matchVerbPattern(found.cue, words.slice(found.length), before);
  if (match) {
    // Our curated row decides the kind of the verbs it lists ("signed a trade pact" is an
    // agreement, 057, where CAMEO codes economic cooperation); CAMEO gives the specific code
    // within that kind, and says when a phrase is no stance at all ("lifted sanctions": 085).
    // Our own idioms (cue-additions.ts) are decisions of ours too, and more specific.
    if (hand && match.kind !== hand.kind && match.pattern.origin !== 'added') return match.kind ? hand : undefined;
    return match.kind ? fromEvent(match, found.length, hand) : undefined;
  }
  if (hand) return hand;
  if (found.cue.broad) return undefined;
  return fromEvent(found.cue, found.length, undefined);
}

function noun(tokens: readonly Token[], k: number): CueHit | undefined {
  const hand = curated(tokens, k, 'noun');
  if (hand) return hand;
  const found = findNounCue(lowerForms(tokens, k, Math.min(tokens.length, k + 3)), 0);
  if (found && found.cue.kind && found.cue.code) {
    const out: CueHit = { kind: found.cue.kind, cameo: found.cue.code, length: found.length };
    if (found.cue.preps.length > 0) out.preps = found.cue.preps;
    if (found.cue.symmetric) out.symmetric = true;
    return out;
  }
  return undefined;
}

function reversal(tokens: readonly Token[], k: number): ReturnType<NonNullable<CueLookup['reversal']>> {
  const found = findMarker(lowerForms(tokens, k, Math.min(tokens.length, k + 3)), 0);
  if (!found || found.marker.role !== 'reversal') return undefined;
  const code = found.marker.code;
  return (governed) => {
    if (!governed) return code ? { kind: 'coerces', cameo: code } : undefined;
    const event = markedEvent('reversal', governed);
    return event.kind && event.code ? { kind: event.kind, cameo: event.code } : undefined;
  };
}

/** Words that may start a cue: sentences without one are not parsed. */
const mayCueCache = new Map<string, boolean>();

/**
 * Words that may start a cue: sentences without one are not parsed. A CAMEO verb counts only when
 * it or one of its patterns is a stance ("said", "is" are not), and a broad verb only through a pattern.
 */
function mayCue(lower: string): boolean {
  let known = mayCueCache.get(lower);
  if (known === undefined) {
    const verb = verbCue(lower);
    const viaVerb = !!verb && ((!!verb.kind && !verb.broad) || verb.patterns.some((p) => !!p.kind));
    known = CUE_INDEX.has(lower) || viaVerb || !!nounCue(lower)?.kind || !!findMarker([lower], 0);
    if (mayCueCache.size > 100_000) mayCueCache.clear();
    mayCueCache.set(lower, known);
  }
  return known;
}

export const CUES: CueLookup & { mayCue(lower: string): boolean; reversal: typeof reversal } = {
  mayCue,
  verb,
  noun,
  reversal,
};
