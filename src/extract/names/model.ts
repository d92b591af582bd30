// The committed name model: loads the weights written by scripts/train-names.ts (a generated
// module of packed strings, so it loads alike from dist/ in Node and from the browser bundle).
import { unpackWeights } from '../../learn/packed-weights.js';
import { NAME_TAGS, nameGazetteer } from './features.js';
import { FIRST_PASS, SECOND_PASS, SCALE } from './weights.js';
import { NameTyper } from './typer.js';

let typer: NameTyper | undefined;

/** The trained typer, unpacked on first use. */
export function getNameTyper(): NameTyper {
  typer ??= new NameTyper(
    unpackWeights(NAME_TAGS, SCALE, FIRST_PASS),
    unpackWeights(NAME_TAGS, SCALE, SECOND_PASS),
    nameGazetteer(),
  );
  return typer;
}
