// verbs: stances from verb frames. The verb (or a light verb and its cue noun: "held talks
// with", "imposed sanctions on") gives the kind; the frame gives the slots:
//   subject -> direct object or prepositional object   "Ethiopia accused the rebels"
//   by-agent -> subject (passive)                       "Kyiv was shelled by Russian forces"
//   first conjunct -> other conjuncts (symmetric)       "France and Germany signed an accord"
//   each conjunct -> the others (reciprocal)            "the two governments accused each other"
//   subject -> antecedent (relative clause)             "the rebels whom Ethiopia accused"
import type { Modality, StanceKind } from '../../model/vocab.js';
import { HYPOTHETICAL, NEGATIONS, PLANNED, PROPOSED } from '../../lexicon/cues.js';
import { lowerForms, type Token } from '../tokens.js';
import type { Group, VerbFrame } from './clauses.js';
import { isReciprocal } from './discourse.js';
import { INTENT, LIGHT_VERBS, POSSESSIVE_PRONOUNS, type Slot } from './window.js';

/** What a cue contributes, whichever table it came from. */
export interface CueHit {
  kind: StanceKind;
  cameo: string;
  /** Prepositions that introduce the target ("meet with X", "fight against X"). */
  preps?: readonly string[];
  symmetric?: boolean;
  /** The direct object is a topic, not a party ("discussed Syria with Iran"). */
  prepOnly?: boolean;
  /** Only a state or an armed group can be the target ("warned Iran", not "warned Mr Blair"). */
  stateTarget?: boolean;
  /** The stance runs from the other party to the subject ("faced criticism from X"). */
  reversed?: boolean;
  /** Kind and code when the parties are the verb's plural subject ("the leaders discussed …"). */
  joint?: { kind: StanceKind; cameo: string };
  /** From our curated table (its kind is a decision of ours), not from CAMEO's. */
  curated?: boolean;
  /** Number of tokens the cue spans from its first word. */
  length: number;
}

export interface CueLookup {
  /**
   * When the verb at k ends what it governs ("froze", "suspended", "cut off"): the kind and
   * code it makes of a governed cue's code (null: the thing ended is no cue), or undefined when
   * ending it is no stance ("lifted sanctions").
   */
  reversal?(
    tokens: readonly Token[],
    k: number,
  ): ((governed: string | null) => { kind: StanceKind; cameo: string } | undefined) | undefined;
  /** The cue of a verb at token k (its head), with the words after it for phrases. */
  verb(tokens: readonly Token[], k: number, end: number): CueHit | undefined;
  /** The cue of a noun at token k. */
  noun(tokens: readonly Token[], k: number): CueHit | undefined;
}

export interface FrameStance {
  kind: StanceKind;
  cameo: string;
  sources: Slot[];
  targets: Slot[];
  modality: Modality | undefined;
  /** Token index of the cue, for the speaker and the quote around it. */
  at: number;
}

/** Verbs whose "to" complement did not happen: "refused to meet", "failed to reach". */
const NEGATING_GOVERNORS = new Set([
  'refused',
  'refuses',
  'refuse',
  'declined',
  'declines',
  'decline',
  'failed',
  'fails',
  'fail',
  'rejected',
  'denied',
  'denies',
  'ruled',
  'halted',
  'stopped',
]);
/** Verbs whose complement is a proposal or an intention, not a fact. */
const PROPOSING_GOVERNORS = new Set([
  'urged',
  'urges',
  'urge',
  'called',
  'calls',
  'asked',
  'asks',
  'proposed',
  'proposes',
  'suggested',
  'wants',
  'wanted',
  'hopes',
  'hoped',
]);
const PLANNING_GOVERNORS = new Set([
  'plans',
  'planned',
  'plan',
  'intends',
  'intend',
  'pledged',
  'pledges',
  'vowed',
  'vows',
  'agreed',
  'agrees',
  'committed',
  'commits',
  'promised',
  'promises',
  'decided',
  'decides',
  'expects',
  'expected',
  'aims',
  'aimed',
  'prepared',
  'ready',
  'sought',
  'seeks',
  'seek',
  'tried',
  'tries',
]);
/** A warning or threat makes the conflict it announces a threat: "warned it would halt gas deliveries". */
const THREATENING_GOVERNORS = new Set([
  'threatened',
  'threatens',
  'threaten',
  'warned',
  'warns',
  'warn',
  'vowed',
  'vows',
]);

/** What the complement of these says did not happen: "denied that …", "rejected claims that …". */
const DENIALS = new Set([
  'denied',
  'denies',
  'deny',
  'rejected',
  'rejects',
  'dismissed',
  'dismisses',
  'refuted',
  'disputed',
]);
const CLAIM_NOUNS = new Set([
  'allegations',
  'allegation',
  'claims',
  'claim',
  'reports',
  'report',
  'suggestions',
  'accusations',
  'charges',
]);

/**
 * Words right before an infinitive that deny it: "is unwilling to negotiate", "was unable to
 * meet"; and nouns that "no" makes a denial of the infinitive after them: "sees no reason to
 * join talks", "has no plans to meet", "no intention of attacking".
 */
const NEGATING_LEADS = new Set(['unwilling', 'unable']);
const INTENTION_NOUNS = new Set(['reason', 'plan', 'plans', 'intention', 'desire', 'need', 'interest', 'wish']);

/** "no reason to", "no intention of", "unwilling to" right before the frame (its "to" or "of" first). */
function deniedIntent(tokens: readonly Token[], f: VerbFrame, clauseFrom: number): boolean {
  const at = f.infinitive ? f.from : tokens[f.from - 1]?.lower === 'of' ? f.from - 1 : -1;
  if (at < 0 || at - 1 < clauseFrom) return false;
  const before = tokens[at - 1]!.lower;
  if (NEGATING_LEADS.has(before) && f.infinitive) return true;
  return INTENTION_NOUNS.has(before) && at - 2 >= clauseFrom && tokens[at - 2]!.lower === 'no';
}

/** Prepositions that name the party of a cue noun carried by a light verb ("expressed thanks to X"). */
const LIGHT_NOUN_PREPS = new Set(['with', 'to', 'on', 'against', 'for']);

/** Prepositions that name the party a reversal hits: "suspended flights to", "cut ties with". */
const REVERSAL_PREPS = ['to', 'with', 'from', 'for'];

/** Prepositions after a supported cause that name where it is: "stability in Lebanon". */
const BENEFICIARY_PREPS = new Set(['in', 'within', 'of', 'across', 'throughout']);

const CONFLICT: ReadonlySet<StanceKind> = new Set(['coerces', 'fights']);

function modalityOf(tokens: readonly Token[], f: VerbFrame, clauseFrom: number, depth = 0): Modality | undefined {
  if (f.negated) return 'negated';
  const gov = f.governor ? tokens[f.governor.head]!.lower : '';
  if (f.governor && (f.governor.negated || NEGATING_GOVERNORS.has(gov))) return 'negated';
  // The chunker may keep the governing verb in the same group: "refused to negotiate", "plans to visit".
  if (f.aux.some((w) => NEGATING_GOVERNORS.has(w) || NEGATING_LEADS.has(w))) return 'negated';
  if (deniedIntent(tokens, f, clauseFrom)) return 'negated';
  if (f.aux.some((w) => PROPOSING_GOVERNORS.has(w))) return 'proposed';
  if (f.aux.some((w) => PLANNING_GOVERNORS.has(w)) && !f.aux.some((w) => HYPOTHETICAL.has(w) && w !== 'will'))
    return 'planned';
  const lead = lowerForms(tokens, Math.max(clauseFrom, f.from - 8), f.from);
  // "rejected allegations that he had collaborated with Iran", "denied that troops crossed".
  const that = lead.lastIndexOf('that');
  if (that > 0 && DENIALS.has(lead[that - 1]!)) return 'negated';
  if (that > 0 && lead.slice(0, that).some((w) => DENIALS.has(w)) && CLAIM_NOUNS.has(lead[that - 1]!)) return 'negated';
  if (lead.some((w) => NEGATIONS.has(w) && w !== 'without') && lead.length > 0 && NEGATIONS.has(lead[lead.length - 1]!))
    return 'negated';
  if (lead.includes('if') || lead.includes('unless') || f.aux.some((w) => HYPOTHETICAL.has(w) && w !== 'will')) {
    // "would" after a reporting verb reports a plan ("said it would sign"); elsewhere a condition.
    if (f.aux.includes('would') && f.governor && !lead.includes('if')) return 'planned';
    return 'hypothetical';
  }
  if (f.aux.some((w) => PROPOSED.has(w)) || PROPOSING_GOVERNORS.has(gov)) return 'proposed';
  if (f.aux.some((w) => PLANNED.has(w)) || PLANNING_GOVERNORS.has(gov)) return 'planned';
  // "will provide funds to support …": a purpose clause shares the modality of its verb.
  if (f.governor && f.infinitive && depth < 3) return modalityOf(tokens, f.governor, clauseFrom, depth + 1);
  return undefined;
}

/** The actors of a noun group, the discourse pair standing for its pair reference. */
const groupSlots = (g: Group | undefined, pair: readonly Slot[]): Slot[] =>
  g ? [...g.slots, ...(g.pair ? pair : [])] : [];

const isPronoun = (tokens: readonly Token[], x: Slot): boolean => x.to - x.from === 1 && !tokens[x.from]!.cap;

/** Actors of an object group: no possessive pronouns; after the cue noun when it carries the stance. */
function objectSlots(tokens: readonly Token[], g: Group, nounAt: number): Slot[] {
  return g.slots.filter((x) => x.from > nounAt && !(x.possessive && isPronoun(tokens, x)));
}

/** Stances of the frames of one sentence. `pair` is the discourse pair as slots (may be empty). */
export function frameStances(
  tokens: readonly Token[],
  frames: readonly VerbFrame[],
  cues: CueLookup,
  pair: readonly Slot[],
  sentenceFrom: number,
  sentenceTo: number,
): FrameStance[] {
  const out: FrameStance[] = [];
  for (const f of frames) {
    // No actor to act: the verb's cue is not even looked up (the lookup is the costly part). A
    // passive acts through its by-agent only.
    const byAgent = f.preps.find((x) => x.prep === 'by');
    const agentBy = byAgent?.group;
    if (f.passive && !byAgent) continue;
    if (!f.subject?.slots.length && !f.subject?.pair && !agentBy?.slots.length && !agentBy?.pair) continue;
    // Nor without a second party: an object, a prepositional object, an antecedent, or a plural
    // subject (symmetric and reciprocal verbs); or a light verb's cue noun.
    const second =
      f.object?.slots.length ||
      f.object?.pair ||
      f.antecedent ||
      (f.subject?.slots.length ?? 0) > 1 ||
      f.subject?.pair ||
      f.preps.some((p) => p.group.slots.length > 0 || p.group.pair);
    if (!second) continue;
    let cue = cues.verb(tokens, f.head, sentenceTo);
    let viaNoun = false;
    let nounAt = -1;
    // Reversals end what they govern: "froze aid to Zambia" reduces aid (162), not supports;
    // "suspended gas deliveries to Moldova" reduces relations (16); "lifted sanctions" yields (no stance).
    const reversal = cues.reversal?.(tokens, f.head);
    if (reversal) {
      let noun: CueHit | undefined;
      for (let k = f.object?.from ?? 0; f.object && k < f.object.to && !noun; k++) {
        noun = cues.noun(tokens, k);
        if (noun) nounAt = k;
      }
      const event = reversal(noun?.cameo ?? null);
      if (!event) continue;
      cue = {
        kind: event.kind,
        cameo: event.cameo,
        preps: [...(noun?.preps ?? []), ...REVERSAL_PREPS],
        length: 1,
        prepOnly: !noun,
      };
      viaNoun = !!noun;
    }
    // "underscored the strong support for Ukraine": a CAMEO verb of speech or emphasis takes
    // the kind of the cue noun it governs.
    if (cue && !cue.curated && !reversal && f.object) {
      for (let k = f.object.from; k <= f.object.head; k++) {
        const noun = cues.noun(tokens, k);
        if (noun?.curated && noun.kind !== cue.kind) {
          [cue, viaNoun, nounAt] = [noun, true, k];
          break;
        }
      }
    }
    // Light verbs: the object's cue noun carries the stance ("held talks with", "imposed sanctions
    // on"); another verb's object is its own ("the trip follows visits to Riyadh").
    if (!cue && f.object && (LIGHT_VERBS.has(tokens[f.head]!.lower) || EXTRA_LIGHT_VERBS.has(tokens[f.head]!.lower))) {
      for (let k = f.object.from; k <= Math.min(f.object.head, f.object.to - 1) && !cue; k++) {
        cue = cues.noun(tokens, k);
        if (cue) [viaNoun, nounAt] = [true, k];
      }
    }
    if (!cue) continue;
    // "reaffirmed U.S. support for Tanzania": a noun with a named possessor or modifier is the
    // noun stage's ("the U.S. supports Tanzania"), not the verb's subject's.
    if (viaNoun && f.object!.slots.some((x) => x.to <= nounAt && !isPronoun(tokens, x))) continue;
    let kind = cue.kind;
    const subject = groupSlots(f.subject, pair);
    let sources: Slot[];
    let targets: Slot[] = [];
    if (f.passive && byAgent) {
      sources = groupSlots(byAgent.group, pair);
      // "The attack was blamed by the Americans on Iran": the cue's own preposition names the target.
      const preps = cue.preps ?? [];
      const named = f.preps
        .filter((p) => p !== byAgent && preps.includes(p.prep))
        .flatMap((p) => groupSlots(p.group, pair));
      targets = named.length > 0 ? named : subject;
    } else {
      sources = subject;
      const preps = cue.preps ?? [];
      // A cue noun's actors: "condemned Russia's aggression", "imposed sanctions on Iran".
      // A possessive pronoun is a determiner ("their commitment"), never the object itself.
      if (f.object && !cue.prepOnly) targets.push(...objectSlots(tokens, f.object, viaNoun ? nounAt : -1));
      for (const p of f.preps)
        if (preps.includes(p.prep) || (viaNoun && LIGHT_NOUN_PREPS.has(p.prep)))
          targets.push(...groupSlots(p.group, pair));
      // "support stabilization in Ghana and Togo", "backed reconstruction of Ukraine": what is
      // supported is a cause; the place it is for is the party helped.
      if (targets.length === 0 && kind === 'supports' && f.object && f.object.slots.length === 0) {
        const place = f.preps.find((p) => BENEFICIARY_PREPS.has(p.prep) && p.at === f.object!.to);
        if (place) targets.push(...place.group.slots.filter((x) => x.key.startsWith('state:')));
      }
      if (targets.length === 0 && f.antecedent) targets = f.antecedent.slots;
    }
    // "ruled out talks with Chile", "rejected a meeting": a refusing verb denies the cue noun it carries.
    const frameModality =
      viaNoun && NEGATING_GOVERNORS.has(tokens[f.head]!.lower) ? 'negated' : modalityOf(tokens, f, sentenceFrom);
    const reciprocal = isReciprocal(tokens, f.object?.from ?? f.to) || isReciprocal(tokens, f.to);
    if ((reciprocal || (cue.symmetric && targets.length === 0)) && sources.length >= 2) {
      // "France and Germany signed an accord", "the two sides accused each other".
      if (!reciprocal && cue.joint) cue = { ...cue, kind: cue.joint.kind, cameo: cue.joint.cameo };
      kind = cue.kind;
      // Every conjunct with every other: "France, Germany and Italy signed an accord".
      const parties = sources;
      for (let i = 1; i < parties.length - 1; i++)
        out.push(stance(kind, cue.cameo, [parties[i]!], parties.slice(i + 1), frameModality, f.head));
      if (reciprocal) out.push(stance(kind, cue.cameo, parties.slice(1), parties.slice(0, 1), frameModality, f.head));
      targets = parties.slice(1);
      sources = parties.slice(0, 1);
    }
    if (cue.reversed) [sources, targets] = [targets, sources];
    if (cue.stateTarget) targets = targets.filter((x) => x.key.startsWith('state:'));
    if (sources.length === 0 || targets.length === 0) continue;
    let modality = frameModality;
    // "ready to negotiate with Israel": CAMEO codes an intent to meet as 036, an intent to cooperate.
    let cameo = cue.cameo;
    const lead = lowerForms(tokens, Math.max(sentenceFrom, f.from - 3), f.head);
    if (kind === 'meets' && lead.includes('to') && lead.some((w) => INTENT.has(w)))
      [kind, cameo, modality] = ['cooperates', '036', undefined];
    const gov = f.governor ? tokens[f.governor.head]!.lower : '';
    const threatened = THREATENING_GOVERNORS.has(gov) || f.aux.some((w) => THREATENING_GOVERNORS.has(w));
    if (CONFLICT.has(kind) && threatened && modality !== 'negated') {
      kind = 'threatens';
      modality = undefined;
    }
    out.push(
      stance(kind, kind === 'threatens' && cue.kind !== 'threatens' ? '13' : cameo, sources, targets, modality, f.head),
    );
  }
  return out;
}

function stance(
  kind: StanceKind,
  cameo: string,
  sources: Slot[],
  targets: Slot[],
  modality: Modality | undefined,
  at: number,
): FrameStance {
  return { kind, cameo, sources, targets, modality, at };
}

/** Verbs that lend their subject to the cue noun they govern, beside the window engine's list. */
const EXTRA_LIGHT_VERBS = new Set([
  'express',
  'expresses',
  'expressed',
  'voice',
  'voices',
  'voiced',
  'convey',
  'conveys',
  'conveyed',
  'give',
  'gives',
  'gave',
  'pay',
  'pays',
  'paid',
  'take',
  'takes',
  'took',
  'carry',
  'carried',
  'carries',
  'open',
  'opened',
  'opens',
  'host',
  'hosted',
  'hosts',
  'lead',
  'led',
  'leads',
  'wage',
  'waged',
  'wages',
  'renew',
  'renewed',
  'renews',
]);

/**
 * Cue nouns inside a verb's object, acted by the verb's subject: "Biden and Scholz discussed
 * their ongoing assistance to Ukraine" (supports Ukraine), "underscored the strong support for
 * Ukraine's defence". A noun with a named possessor ("Russia's aggression") is the noun stage's.
 */
export function objectNounStances(
  tokens: readonly Token[],
  frames: readonly VerbFrame[],
  cues: CueLookup,
  pair: readonly Slot[],
  sentenceFrom: number,
): FrameStance[] {
  const out: FrameStance[] = [];
  for (const f of frames) {
    const object = f.object;
    if (!object || f.passive) continue;
    const sources = groupSlots(f.subject, pair);
    if (sources.length === 0) continue;
    if (!object.slots.length && !f.preps.some((p) => p.group.slots.length > 0)) continue;
    const verb = cues.verb(tokens, f.head, object.to);
    for (let k = object.from; k < object.to; k++) {
      const noun = cues.noun(tokens, k);
      if (!noun) continue;
      // A light verb's own noun is the verb frame's stance already.
      if (!verb) break;
      const named = object.slots.some(
        (x) => x.to <= k && k - x.to <= 4 && !POSSESSIVE_PRONOUNS.has(tokens[x.from]!.lower),
      );
      if (named) break;
      const preps = noun.preps ?? [];
      const targets = object.slots.filter(
        (x) =>
          (x.from > k && preps.includes(tokens[x.from - 1]?.lower ?? '')) ||
          (x.from > k && x.possessive && preps.includes(tokens[x.from - 2]?.lower ?? '')),
      );
      for (const p of f.preps) if (preps.includes(p.prep)) targets.push(...groupSlots(p.group, pair));
      if (targets.length > 0)
        out.push(stance(noun.kind, noun.cameo, sources, targets, modalityOf(tokens, f, sentenceFrom), k));
      break;
    }
  }
  return out;
}
