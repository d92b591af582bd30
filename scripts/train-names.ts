// Trains the name typer (src/extract/names/) on CoNLL-2003 English and reports it on the
// development split: `npm run train:names`. Seeded and single-threaded: the same data gives
// the same bytes of weights. Reads ../shared/ner/conll2003-eng.{train,testa} beside the repo;
// only weights are written into the project.
//
// Two passes, as at run time: the first from the sentence alone; the second also from what the
// first said of the same word elsewhere in the document. The second pass learns from first-pass
// taggings of documents the first model did not train on (jackknife), as it will meet them.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/graph/seeded.js';
import { HashedPerceptron, hashWeights } from '../src/learn/hashed-perceptron.js';
import { packWeights, unpackWeights } from '../src/learn/packed-weights.js';
import { PerceptronTrainer, SCALE } from '../src/learn/perceptron.js';
import {
  NAME_TAGS,
  WordInfoCache,
  addEvidence,
  featStrings,
  nameGazetteer,
  type DocumentEvidence,
  type NameTag,
} from '../src/extract/names/features.js';
import {
  bestTwo,
  emptyEvidence,
  hashedDecider,
  greedyTag,
  prepareSentence,
  repairTags,
  tagSpans,
  type PreparedSentence,
} from '../src/extract/names/typer.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NER = join(ROOT, '..', 'shared', 'ner');
const OUT = join(ROOT, 'src/extract/names/weights.ts');

const SETTINGS = {
  seed: 20030101,
  iterations: 10,
  folds: 4,
  /** Averaged weights below this (in thousandths) are dropped: they change almost no decision. */
  minWeight: 40,
};

interface Sentence {
  words: string[];
  tags: NameTag[];
}
type Doc = Sentence[];

/** CoNLL-2003 columns `word POS chunk NER`, IOB1 -> BIO; -DOCSTART- separates documents. */
function readConll(path: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc = [];
  let words: string[] = [];
  let raw: string[] = [];
  const flush = () => {
    if (words.length === 0) return;
    const tags = raw.map((t, i) => {
      if (t === 'O') return 'O';
      const type = t.slice(2);
      const before = raw[i - 1];
      const continues = t.startsWith('I-') && before !== undefined && before !== 'O' && before.slice(2) === type;
      return `${continues ? 'I' : 'B'}-${type}`;
    }) as NameTag[];
    doc.push({ words, tags });
    words = [];
    raw = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      flush();
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    if (cols.length < 4) {
      flush();
      continue;
    }
    words.push(cols[0]!);
    raw.push(cols[3]!);
  }
  flush();
  if (doc.length) docs.push(doc);
  return docs;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

interface Item {
  prepared: PreparedSentence;
  truth: number[];
  doc: number;
}

function train(
  items: readonly Item[],
  evidence: ReadonlyArray<DocumentEvidence> | undefined,
  random: () => number,
): PerceptronTrainer {
  const trainer = new PerceptronTrainer(NAME_TAGS);
  const order = [...items];
  for (let it = 0; it < SETTINGS.iterations; it++) {
    shuffle(order, random);
    for (const item of order) {
      if (!item.prepared.context.some(Boolean)) continue;
      greedyTag(
        item.prepared,
        (feats, i) => {
          const f = featStrings(feats);
          const guess = trainer.predict(f);
          trainer.update(item.truth[i]!, guess, f);
          return guess;
        },
        evidence?.[item.doc],
      );
    }
  }
  return trainer;
}

/** Evidence of each document from a first-pass model. */
function firstPassEvidence(
  items: readonly Item[],
  model: PerceptronTrainer,
  docs: number,
  into?: DocumentEvidence[],
): DocumentEvidence[] {
  const ev = into ?? Array.from({ length: docs }, emptyEvidence);
  for (const item of items) {
    const tags = greedyTag(item.prepared, (f) => model.predict(featStrings(f)));
    addEvidence(ev[item.doc]!, item.prepared.words, tags);
  }
  return ev;
}

interface Tally {
  tp: number;
  pred: number;
  gold: number;
}

function score(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const get = (t: string) => tallies.get(t) ?? (tallies.set(t, { tp: 0, pred: 0, gold: 0 }), tallies.get(t)!);
  gold.forEach((g, k) => {
    const gs = tagSpans(g);
    const ps = tagSpans(repairTags(pred[k]!));
    const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gs.map(key));
    for (const s of gs) get(s.type).gold++;
    for (const s of ps) {
      get(s.type).pred++;
      if (goldKeys.has(key(s))) get(s.type).tp++;
    }
  });
  return tallies;
}

function report(label: string, tallies: Map<string, Tally>): number {
  const prf = (t: Tally) => {
    const p = t.pred ? t.tp / t.pred : 0;
    const r = t.gold ? t.tp / t.gold : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const line = (name: string, t: Tally) => {
    const { p, r, f } = prf(t);
    const pct = (x: number) => (100 * x).toFixed(1);
    return `  ${name.padEnd(14)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}  (${t.tp}/${t.pred} found, ${t.gold} gold)`;
  };
  const sum = (types: string[]) =>
    types.reduce(
      (a, t) => {
        const x = tallies.get(t) ?? { tp: 0, pred: 0, gold: 0 };
        return { tp: a.tp + x.tp, pred: a.pred + x.pred, gold: a.gold + x.gold };
      },
      { tp: 0, pred: 0, gold: 0 },
    );
  console.log(label);
  for (const t of ['PER', 'LOC', 'ORG', 'MISC']) console.log(line(t, tallies.get(t) ?? { tp: 0, pred: 0, gold: 0 }));
  const main = sum(['PER', 'LOC', 'ORG']);
  console.log(line('PER+LOC+ORG', main));
  console.log(line('all four', sum(['PER', 'LOC', 'ORG', 'MISC'])));
  return prf(main).f;
}

function prepareDocs(docs: readonly Doc[], cache: WordInfoCache): Item[] {
  const items: Item[] = [];
  docs.forEach((d, k) => {
    for (const s of d) {
      items.push({
        prepared: prepareSentence({ words: s.words }, cache),
        truth: s.tags.map((t) => NAME_TAGS.indexOf(t)),
        doc: k,
      });
    }
  });
  return items;
}

function main(): void {
  const started = Date.now();
  const trainDocs = readConll(join(NER, 'conll2003-eng.train'));
  const devDocs = readConll(join(NER, 'conll2003-eng.testa'));
  const cache = new WordInfoCache(nameGazetteer());
  const items = prepareDocs(trainDocs, cache);
  const dev = prepareDocs(devDocs, cache);
  const random = seededRandom(SETTINGS.seed);
  console.log(
    `train-names: ${trainDocs.length} training documents, ${items.length} sentences; ` +
      `${devDocs.length} development documents`,
  );

  // The second pass learns from first-pass evidence of documents held out from the first model.
  const docFold = new Array<number>(trainDocs.length);
  shuffle(
    trainDocs.map((_, k) => k),
    random,
  ).forEach((doc, k) => (docFold[doc] = k % SETTINGS.folds));
  const evidence: DocumentEvidence[] = Array.from({ length: trainDocs.length }, emptyEvidence);
  for (let f = 0; f < SETTINGS.folds; f++) {
    const model = train(
      items.filter((x) => docFold[x.doc] !== f),
      undefined,
      random,
    );
    firstPassEvidence(
      items.filter((x) => docFold[x.doc] === f),
      model,
      trainDocs.length,
      evidence,
    );
    console.log(`  fold ${f + 1}/${SETTINGS.folds} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  const first = train(items, undefined, random);
  const second = train(items, evidence, random);
  const firstWeights = first.averaged(SETTINGS.minWeight);
  const secondWeights = second.averaged(SETTINGS.minWeight);

  // Development split, with the pruned weights as committed: packed, then loaded as the runtime loads them.
  const firstPacked = packWeights(hashWeights(firstWeights));
  const secondPacked = packWeights(hashWeights(secondWeights));
  const m1 = new HashedPerceptron(unpackWeights(NAME_TAGS, SCALE, firstPacked));
  const m2 = new HashedPerceptron(unpackWeights(NAME_TAGS, SCALE, secondPacked));
  const gold = dev.map((x) => x.truth.map((t) => NAME_TAGS[t]!));
  const pass1 = dev.map((x) => greedyTag(x.prepared, hashedDecider(m1)));
  const devEvidence = Array.from({ length: devDocs.length }, emptyEvidence);
  dev.forEach((x, k) => addEvidence(devEvidence[x.doc]!, x.prepared.words, pass1[k]!));
  const margins = dev.map((x) => new Float64Array(x.prepared.words.length).fill(Infinity));
  const pass2 = dev.map((x, k) =>
    greedyTag(
      x.prepared,
      (f, i) => {
        m2.clear();
        for (const x of f) m2.add(x.a, x.b);
        const best = bestTwo(m2.scores);
        margins[k]![i] = best.margin / SCALE;
        return best.index;
      },
      devEvidence[x.doc],
    ),
  );
  report('CoNLL-2003 testa, first pass (exact span):', score(gold, pass1));
  const f1 = report('CoNLL-2003 testa, both passes (exact span):', score(gold, pass2));
  // How sure the typer is of the names it finds: precision of the names whose every word was
  // decided with at least this margin (the run-time typer adds names above a threshold).
  for (const threshold of [0, 0.5, 1, 2, 3, 4, 6, 8]) {
    const kept = pass2.map((tags, k) =>
      repairTags(tags).map((t, i, all) => {
        const spans = tagSpans(all).filter((s) => s.start <= i && i < s.end);
        const span = spans[0];
        if (!span) return t;
        for (let j = span.start; j < span.end; j++) if (margins[k]![j]! < threshold) return 'O';
        return t;
      }),
    );
    const t = score(gold, kept);
    const sum = ['PER', 'LOC', 'ORG'].reduce(
      (a, x) => ({ tp: a.tp + t.get(x)!.tp, pred: a.pred + t.get(x)!.pred, gold: a.gold + t.get(x)!.gold }),
      { tp: 0, pred: 0, gold: 0 },
    );
    const per = ['PER', 'LOC', 'ORG']
      .map((x) => `${x} P ${((100 * t.get(x)!.tp) / t.get(x)!.pred).toFixed(1)}`)
      .join(', ');
    console.log(
      `  margin >= ${threshold}: P ${((100 * sum.tp) / sum.pred).toFixed(1)} ` +
        `R ${((100 * sum.tp) / sum.gold).toFixed(1)} (${per})`,
    );
  }

  const source = `// Generated by scripts/train-names.ts (npm run train:names): do not edit by hand.
// Name typer weights, trained on CoNLL-2003 English (Reuters 1996; annotations freely
// distributed, text for research use: only weights are kept here).
// CoNLL-2003 testa, exact span, PER+LOC+ORG: F1 ${(100 * f1).toFixed(1)}.
// Settings: ${JSON.stringify(SETTINGS)}.
// Each pass is packed (src/learn/packed-weights.ts): hashed features, their pairs of tag index
// (${NAME_TAGS.join(' ')}) and weight x ${SCALE}.

export const SCALE = ${SCALE};

/** First pass: ${Object.keys(firstWeights.features).length} features. */
export const FIRST_PASS = ${JSON.stringify(firstPacked)};

/** Second pass, with document evidence: ${Object.keys(secondWeights.features).length} features. */
export const SECOND_PASS = ${JSON.stringify(secondPacked)};
`;
  writeFileSync(OUT, source);
  console.log(
    `train-names: ${(source.length / 1e6).toFixed(2)} MB -> ${OUT.slice(ROOT.length + 1)} ` +
      `in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

main();
