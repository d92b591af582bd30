// nouns: stances named by a noun whose agent is its possessor, its adjective or its by-phrase,
// with the party it acts on in a prepositional phrase or, for acts of force, in the sentence:
//   "Russia's invasion of Ukraine"                       Russia fights Ukraine
//   "Chinese loans to Zambia"                            China supports Zambia
//   "an assault on Kyiv by Russian forces"               Russia fights Ukraine
//   "support for Ukraine since Russia's invasion"        Russia fights Ukraine (the victim is the
//                                                        other state of the sentence: implicit)
import type { StanceKind } from '../../model/vocab.js';
import type { Token } from '../tokens.js';
import type { Group } from './clauses.js';
import type { CueLookup } from './verbs.js';
import type { Slot } from './window.js';

export interface NounStance {
  kind: StanceKind;
  cameo: string;
  source: Slot;
  target: Slot;
  at: number;
}

/**
 * Acts whose victim a sentence often leaves to the context, with an example each: their agent
 * is a possessor or an adjective, never a place ("the Iraq war" is fought in Iraq).
 */
const IMPLICIT_VICTIM_NOUNS: ReadonlyArray<[noun: string, example: string]> = [
  ['aggression', 'Ukraine defends itself against Russian aggression.'],
  ['invasion', 'Aid to Ukraine has grown since Russia’s invasion.'],
  ['occupation', 'Palestinians protested against the Israeli occupation.'],
  ['incursion', 'Iraq condemned the Turkish incursion.'],
  ['annexation', 'Kyiv will never accept Russia’s annexation.'],
  ['blockade', 'Qatar suffered under the Saudi blockade.'],
  ['assault', 'Solidarity with Israel in the face of an assault by Hamas.'],
];
const IMPLICIT_VICTIM = new Set(IMPLICIT_VICTIM_NOUNS.map(([noun]) => noun));
/** Prepositions after a cue noun that name the party acted on. */
const TARGET_PREPS = new Set(['of', 'on', 'against', 'to', 'with', 'toward', 'towards', 'for', 'in', 'into']);

/**
 * Stances of cue nouns inside noun groups. `groups` are the sentence's groups in order; `isState`
 * says which slots may be an implicit victim; `sameSide` keeps an actor and its own state apart.
 */
export function nounStances(
  tokens: readonly Token[],
  groups: readonly Group[],
  sentenceSlots: readonly Slot[],
  cues: CueLookup,
  isState: (key: string) => boolean,
  sameSide: (a: string, b: string) => boolean,
): NounStance[] {
  const out: NounStance[] = [];
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    for (let k = g.from; k < g.to; k++) {
      const cue = cues.noun(tokens, k);
      if (!cue) continue;
      // The agent: a possessor or adjective in front ("Russia's", "Russian"), or "by X" after.
      let agent = g.slots.filter((x) => x.to <= k && k - x.to <= 4).pop();
      const next = groups[gi + 1];
      const byAgent = next && tokens[g.to]?.lower === 'by' && next.from === g.to + 1 ? next.slots[0] : undefined;
      if (!agent && byAgent) agent = byAgent;
      if (!agent) break;
      // The party acted on: "of Ukraine", "on Kyiv", "to Zambia" right after the noun.
      let target: Slot | undefined;
      const after = g.slots.filter((x) => x.from > k);
      if (after.length > 0 && TARGET_PREPS.has(tokens[after[0]!.from - 1]?.lower ?? '')) target = after[0];
      if (!target && next && next.from === g.to + 1 && TARGET_PREPS.has(tokens[g.to]?.lower ?? '')) {
        target = next.slots[0];
      }
      if (!target && IMPLICIT_VICTIM.has(tokens[k]!.lower) && isState(agent.key)) {
        // The nearest other state in the sentence is the one acted on.
        let best: Slot | undefined;
        let distance = Infinity;
        for (const x of sentenceSlots) {
          if (x.key === agent.key || !isState(x.key) || sameSide(x.key, agent.key)) continue;
          const d = x.to <= k ? k - x.to : x.from - k;
          if (d < distance) [best, distance] = [x, d];
        }
        target = best;
      }
      if (target && target.key !== agent.key && !sameSide(agent.key, target.key)) {
        out.push({ kind: cue.kind, cameo: cue.cameo, source: agent, target, at: k });
      }
      break;
    }
  }
  return out;
}
