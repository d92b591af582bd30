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
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', at);
    if (tab > at && tab < end) {
      const pairs: number[] = [];
      let n = 0;
      let sign = 1;
      let digits = 0;
      for (let i = tab + 1; i <= end; i++) {
        const c = i < end ? text.charCodeAt(i) : 32;
        if (c >= 48 && c <= 57) {
          n = n * 10 + (c - 48);
          digits++;
        } else if (c === 45 && digits === 0) sign = -1;
        else if (c === 32 && digits > 0) {
          pairs.push(sign * n);
          n = 0;
          sign = 1;
          digits = 0;
        } else throw new Error(`names: bad weight line ${JSON.stringify(text.slice(at, Math.min(end, at + 80)))}`);
      }
      if (pairs.length % 2 !== 0)
        throw new Error(`names: odd weight line ${JSON.stringify(text.slice(at, Math.min(end, at + 80)))}`);
      features[text.slice(at, tab)] = pairs;
    }
    at = end + 1;
  }
  return { classes: [...NAME_TAGS], scale, features };
}

let typer: NameTyper | undefined;

/** The trained typer, decoded on first use. */
export function getNameTyper(): NameTyper {
  typer ??= new NameTyper(decodeWeights(FIRST_PASS, SCALE), decodeWeights(SECOND_PASS, SCALE), nameGazetteer());
  return typer;
}
