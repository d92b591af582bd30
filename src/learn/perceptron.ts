// A greedy averaged perceptron (Collins 2002): the classifier behind the learned layers
// (part-of-speech tags, phrase chunks, name types). Training lives in scripts/; the library
// only loads committed weights and predicts, in Node and in the browser alike.
//
// Weights are stored sparse and as integers (the averaged weight times SCALE, rounded), so a
// model file is small, diffs well and gives the same predictions on every machine.

/** The committed form of a model: class names and, per feature, [classIndex, weight, ...]. */
export interface PerceptronWeights {
  classes: string[];
  scale: number;
  features: Record<string, number[]>;
}

export const SCALE = 1000;

/** A loaded model: predicts the best class index for a list of feature strings. */
export class Perceptron {
  readonly classes: readonly string[];
  /** Feature -> its row: pairs data[starts[row]] .. data[starts[row + 1]] (flat, so loading allocates little). */
  private readonly table: Map<string, number>;
  private readonly starts: Int32Array;
  private readonly data: Int32Array;
  private readonly scores: Float64Array;

  constructor(weights: PerceptronWeights) {
    if (!Array.isArray(weights.classes) || weights.classes.length === 0) {
      throw new Error('learn/perceptron: a model needs at least one class');
    }
    this.classes = weights.classes;
    this.table = new Map();
    const rows = Object.entries(weights.features);
    let total = 0;
    for (const [, pairs] of rows) total += pairs.length;
    this.starts = new Int32Array(rows.length + 1);
    this.data = new Int32Array(total);
    let at = 0;
    rows.forEach(([feature, pairs], row) => {
      this.table.set(feature, row);
      this.starts[row] = at;
      for (const v of pairs) this.data[at++] = v;
    });
    this.starts[rows.length] = at;
    this.scores = new Float64Array(weights.classes.length);
  }

  /** Scores of every class for these features (a view reused by the next call). */
  score(features: readonly string[]): Float64Array {
    const scores = this.scores;
    scores.fill(0);
    const { table, starts, data } = this;
    for (const f of features) {
      const row = table.get(f);
      if (row === undefined) continue;
      for (let i = starts[row]!, end = starts[row + 1]!; i < end; i += 2) scores[data[i]!]! += data[i + 1]!;
    }
    return scores;
  }

  /** Index of the best class; ties go to the lower index, so predictions are deterministic. */
  predict(features: readonly string[]): number {
    const scores = this.score(features);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
    return best;
  }
}

/**
 * Training-time state: current weights, and per weight the running total and the step it was
 * last changed, so averaging costs nothing per example (the usual lazy-update trick).
 */
export class PerceptronTrainer {
  readonly classes: string[];
  private readonly index: Map<string, number>;
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private step = 0;

  constructor(classes: readonly string[]) {
    this.classes = [...classes];
    this.index = new Map(this.classes.map((c, i) => [c, i]));
  }

  classIndex(name: string): number {
    const i = this.index.get(name);
    if (i === undefined) throw new Error(`learn/perceptron: unknown class ${JSON.stringify(name)}`);
    return i;
  }

  predict(features: readonly string[]): number {
    const n = this.classes.length;
    const scores = new Float64Array(n);
    for (const f of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let c = 0; c < n; c++) scores[c]! += w[c]!;
    }
    let best = 0;
    for (let c = 1; c < n; c++) if (scores[c]! > scores[best]!) best = c;
    return best;
  }

  /** One example: moves weight from the guess to the truth when they differ. */
  update(truth: number, guess: number, features: readonly string[]): void {
    this.step++;
    if (truth === guess) return;
    for (const f of features) {
      this.bump(f, truth, 1);
      this.bump(f, guess, -1);
    }
  }

  private bump(feature: string, c: number, delta: number): void {
    const n = this.classes.length;
    let w = this.weights.get(feature);
    if (!w) {
      w = new Float64Array(n);
      this.weights.set(feature, w);
      this.totals.set(feature, new Float64Array(n));
      this.stamps.set(feature, new Float64Array(n));
    }
    const totals = this.totals.get(feature)!;
    const stamps = this.stamps.get(feature)!;
    totals[c]! += (this.step - stamps[c]!) * w[c]!;
    stamps[c] = this.step;
    w[c]! += delta;
  }

  /**
   * The averaged weights as committed data. Features are sorted and weights below
   * `minWeight` (in scaled units) dropped, so the same training gives the same bytes.
   */
  averaged(minWeight = 1): PerceptronWeights {
    const features: Record<string, number[]> = {};
    const n = this.classes.length;
    for (const feature of [...this.weights.keys()].sort()) {
      const w = this.weights.get(feature)!;
      const totals = this.totals.get(feature)!;
      const stamps = this.stamps.get(feature)!;
      const pairs: number[] = [];
      for (let c = 0; c < n; c++) {
        const total = totals[c]! + (this.step - stamps[c]!) * w[c]!;
        const avg = Math.round((total / Math.max(1, this.step)) * SCALE);
        if (Math.abs(avg) >= minWeight) pairs.push(c, avg);
      }
      if (pairs.length > 0) features[feature] = pairs;
    }
    return { classes: this.classes, scale: SCALE, features };
  }
}
