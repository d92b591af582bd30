import { describe, expect, it } from 'vitest';
import { HashedPerceptron, featureKey, hashWeights } from '../src/learn/hashed-perceptron.js';
import { packWeights, unpackWeights } from '../src/learn/packed-weights.js';
import type { PerceptronWeights } from '../src/learn/perceptron.js';

const CLASSES = ['O', 'B-PER', 'I-PER', 'B-LOC'];

function weights(features: Record<string, number[]>): PerceptronWeights {
  return { classes: CLASSES, scale: 1000, features };
}

/** Scores of a model for the given feature strings. */
function scores(model: HashedPerceptron, features: readonly string[]): number[] {
  model.clear();
  for (const f of features) model.add(...featureKey(f));
  return [...model.scores];
}

describe('packed weights', () => {
  const w = weights({ 'w kharkiv': [3, 1520, 0, -230], b: [0, 12], 'sh Xxxxx': [1, 7, 2, -8, 3, 9], empty: [] });

  it('round-trip: unpacked arrays equal the hashed ones, and the model scores alike', () => {
    const hashed = hashWeights(w);
    const back = unpackWeights(CLASSES, 1000, packWeights(hashed));
    expect(back).toEqual(hashed);
    const examples = [['b', 'w kharkiv'], ['sh Xxxxx', 'unknown feature'], ['empty'], []];
    for (const ex of examples)
      expect(scores(new HashedPerceptron(back), ex)).toEqual(scores(new HashedPerceptron(w), ex));
    expect(scores(new HashedPerceptron(back), ['b', 'w kharkiv'])).toEqual([-218, 0, 0, 1520]);
  });

  it('keeps weights beyond 16 bits whole', () => {
    const wide = weights({ big: [0, 40_000, 1, -70_000], small: [2, 1] });
    const back = unpackWeights(CLASSES, 1000, packWeights(hashWeights(wide)));
    expect(scores(new HashedPerceptron(back), ['big', 'small'])).toEqual([40_000, -70_000, 1, 0]);
  });

  it('refuses text that is not a packed model, or is cut short', () => {
    const packed = packWeights(hashWeights(w));
    expect(() => unpackWeights(CLASSES, 1000, 'aGVsbG8gd29ybGQh')).toThrow(/learn\/packed-weights: not a packed model/);
    expect(() => unpackWeights(CLASSES, 1000, packed.slice(0, -8))).toThrow(/learn\/packed-weights:/);
    expect(() => unpackWeights(CLASSES, 1000, `${packed.slice(0, -4)}!!!!`)).toThrow(/bad base64 character/);
  });

  it('a model refuses a weight for a class it does not have', () => {
    expect(() => new HashedPerceptron(weights({ x: [7, 1] }))).toThrow(/names class 7/);
    const hashed = hashWeights(weights({ x: [3, 1] }));
    expect(() => new HashedPerceptron(unpackWeights(['O'], 1000, packWeights(hashed)))).toThrow(/class 3/);
  });
});
