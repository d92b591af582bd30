// stances: who meets, backs, demands, criticises, threatens, coerces or fights whom, sentence by
// sentence, with the speaker and the modality of each statement.
import type { ExtractedStance } from '../../model/extraction.js';
import { windowStances, type StanceContext } from './window.js';

export type { StanceContext } from './window.js';

export function findStances(ctx: StanceContext): ExtractedStance[] {
  return windowStances(ctx);
}
