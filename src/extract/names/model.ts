// The committed name model: loads the weights written by scripts/train-names.ts (a generated
// module of plain strings, so it loads alike from dist/ in Node and from the browser bundle).
import type { PerceptronWeights } from '../../learn/perceptron.js';
import { NAME_TAGS, nameGazetteer } from './features.js';
import { FIRST_PASS, SECOND_PASS, SCALE } from './weights.js';
import { NameTyper } from './typer.js';

/** One feature a line: the feature, a tab, then class index and weight pairs separated by spaces. */
export function encodeWeights(w: PerceptronWeights): string {
  const lines: string[] = [];
  for (const [feature, pairs] of Object.entries(w.features)) lines.push(`${feature}\t${pairs.join(' ')}`);
  return lines.join('\n');
}

export function decodeWeights(text: string, scale: number): PerceptronWeights {
  const features: Record<string, number[]> = {};
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const pairs = line.slice(tab + 1).split(' ').map(Number);
    if (pairs.length % 2 !== 0 || pairs.some((n) => !Number.isInteger(n))) {
      throw new Error(`names: bad weight line ${JSON.stringify(line.slice(0, 80))}`);
    }
    features[line.slice(0, tab)] = pairs;
  }
  return { classes: [...NAME_TAGS], scale, features };
}

let typer: NameTyper | undefined;

/** The trained typer, decoded on first use. */
export function getNameTyper(): NameTyper {
  typer ??= new NameTyper(
    decodeWeights(FIRST_PASS, SCALE),
    decodeWeights(SECOND_PASS, SCALE),
    nameGazetteer(),
  );
  return typer;
}
