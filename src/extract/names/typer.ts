// The name typer: decides whether capitalised words are a person, a place, an organisation or
// another name (CoNLL-2003 types), from the word, its neighbours, the gazetteers and the rest of
// the document. Two greedy left-to-right passes of an averaged perceptron: the second also sees
// what the first said of the same word elsewhere in the document, so a name typed once keeps
// its type, and an all-capitals headline is typed by the mixed-case mentions below it.
import { HashedPerceptron, type HashedWeights } from '../../learn/hashed-perceptron.js';
import { SCALE, type PerceptronWeights } from '../../learn/perceptron.js';
import {
  NAME_TAGS,
  START_TAG,
  WordInfoCache,
  addEvidence,
  candidates,
  contextFeatures,
  documentFeatures,
  isHeadline,
  phraseFlags,
  tagFeatures,
  type DocumentEvidence,
  type NameGazetteer,
  type Feat,
  type NameTag,
  type WordInfo,
} from './features.js';

/** One sentence to tag. */
export interface TyperSentence {
  words: readonly string[];
  /** Tags settled before the typer (lexicon readings): kept as they are and used as context. */
  fixed?: readonly (NameTag | undefined)[];
  /** False: nothing to decide here; the sentence still counts as document evidence. */
  active?: boolean;
  /** The words to decide (default: every candidate); the others keep their fixed tag or O. */
  decide?: readonly boolean[];
}

/** A sentence with the features that do not depend on decisions, built once for both passes. */
export interface PreparedSentence {
  words: readonly string[];
  /** Information of the words near a decided one; undefined elsewhere. */
  infos: ReadonlyArray<WordInfo | undefined>;
  /** Context features of each word the typer decides; undefined elsewhere. */
  context: Array<Feat[] | undefined>;
  fixed: ReadonlyArray<NameTag | undefined>;
}

export function prepareSentence(s: TyperSentence, cache: WordInfoCache): PreparedSentence {
  const { words } = s;
  const fixed = s.fixed ?? [];
  const context = new Array<Feat[] | undefined>(words.length);
  let infos: Array<WordInfo | undefined> = [];
  if (s.active !== false) {
    const cand = candidates(words);
    if (s.decide) for (let i = 0; i < words.length; i++) cand[i] &&= s.decide[i] === true;
    if (cand.some((c, i) => c && !fixed[i])) {
      // Only the words around a decided one are looked at; the rest are cheap placeholders.
      const near = new Uint8Array(words.length);
      for (let i = 0; i < words.length; i++) {
        if (!cand[i] || fixed[i]) continue;
        for (let k = Math.max(0, i - 2); k <= i + 2 && k < words.length; k++) near[k] = 1;
      }
      infos = words.map((w, i) => (near[i] ? cache.get(w) : undefined));
      const flags = phraseFlags(words, cache.gazetteer);
      const headline = isHeadline(words);
      for (let i = 0; i < words.length; i++) {
        if (cand[i] && !fixed[i]) context[i] = contextFeatures(infos, i, flags, headline);
      }
    }
  }
  return { words, infos, context, fixed };
}

/**
 * Tags one sentence left to right. `decide` picks a tag index from the features (the model,
 * or during training the model and its update); words without context features are fixed or O.
 */
export function greedyTag(
  s: PreparedSentence,
  decide: (features: readonly Feat[], i: number) => number,
  ev?: DocumentEvidence,
): NameTag[] {
  const tags = new Array<NameTag>(s.words.length);
  let prev: number = START_TAG;
  let prev2: number = START_TAG;
  for (let i = 0; i < s.words.length; i++) {
    const ctx = s.context[i];
    let tag: number;
    if (!ctx) tag = TAG_INDEX.get(s.fixed[i] ?? 'O')!;
    else {
      const f = ctx.slice();
      tagFeatures(prev, prev2, s.infos[i]!, f);
      if (ev) documentFeatures(ev, s.infos, i, f);
      tag = decide(f, i);
    }
    tags[i] = NAME_TAGS[tag]!;
    prev2 = prev;
    prev = tag;
  }
  return tags;
}

const TAG_INDEX = new Map<string, number>(NAME_TAGS.map((t, i) => [t, i]));

/** A tag sequence made well-formed: an I- that does not continue its type begins a name. */
export function repairTags(tags: readonly string[]): NameTag[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t as NameTag;
    const before = tags[i - 1];
    return (before && before !== 'O' && before.slice(2) === t.slice(2) ? t : `B-${t.slice(2)}`) as NameTag;
  });
}

/** Names as [start, end) word ranges with their type, from well-formed tags. */
export function tagSpans(tags: readonly string[]): Array<{ start: number; end: number; type: string }> {
  const out: Array<{ start: number; end: number; type: string }> = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === 'O') continue;
    const type = t.slice(2);
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${type}`) j++;
    out.push({ start: i, end: j, type });
    i = j - 1;
  }
  return out;
}

export function emptyEvidence(): DocumentEvidence {
  return { types: new Map(), lowercase: new Set() };
}

/** A run-time model: hashed keys, so a decision costs a few integer probes per feature. */
export function hashedDecider(model: HashedPerceptron): (features: readonly Feat[]) => number {
  return (features) => {
    model.clear();
    for (const f of features) model.add(f.a, f.b);
    return model.best();
  };
}

/** The two trained passes and the gazetteers they were trained with. */
export class NameTyper {
  private readonly first: HashedPerceptron;
  private readonly second: HashedPerceptron;
  private readonly cache: WordInfoCache;

  constructor(
    first: HashedWeights | PerceptronWeights,
    second: HashedWeights | PerceptronWeights,
    readonly gazetteer: NameGazetteer,
  ) {
    const classes = [...NAME_TAGS].join();
    if (first.classes.join() !== classes || second.classes.join() !== classes) {
      throw new Error(`names: a model's classes ${JSON.stringify(first.classes)} are not ${JSON.stringify(NAME_TAGS)}`);
    }
    this.first = new HashedPerceptron(first);
    this.second = new HashedPerceptron(second);
    this.cache = new WordInfoCache(gazetteer);
  }

  /**
   * Well-formed BIO tags for every sentence of one document. `seed`: evidence from parts of the
   * document not passed in (sentences with nothing to decide), counted with the first pass's.
   */
  tagDocument(sentences: readonly TyperSentence[], seed?: DocumentEvidence): NameTag[][] {
    return this.tagWithMargins(sentences, seed).tags;
  }

  /**
   * Tags, and for each word the second pass decided, the margin of that decision (best score
   * minus the runner-up, in weight units; Infinity for words not decided): low margins are guesses.
   */
  tagWithMargins(
    sentences: readonly TyperSentence[],
    seed?: DocumentEvidence,
  ): { tags: NameTag[][]; margins: Array<Float64Array | undefined> } {
    const prepared = sentences.map((s) => (s.active === false ? undefined : prepareSentence(s, this.cache)));
    const settled = sentences.map((s) => s.words.map((_, i): NameTag => s.fixed?.[i] ?? 'O'));
    const ev = seed ?? emptyEvidence();
    const first = hashedDecider(this.first);
    const firstPass = sentences.map((s, k) => {
      const p = prepared[k];
      const tags = p && p.context.some(Boolean) ? greedyTag(p, first) : undefined;
      addEvidence(ev, s.words, tags ?? settled[k]!);
      return tags;
    });
    const margins = new Array<Float64Array | undefined>(sentences.length);
    const second = this.second;
    const tags = sentences.map((s, k) => {
      if (!firstPass[k]) return settled[k]!;
      const m = (margins[k] = new Float64Array(s.words.length).fill(Infinity));
      return repairTags(
        greedyTag(
          prepared[k]!,
          (f, i) => {
            second.clear();
            for (const x of f) second.add(x.a, x.b);
            const best = bestTwo(second.scores);
            m[i] = best.margin / SCALE;
            return best.index;
          },
          ev,
        ),
      );
    });
    return { tags, margins };
  }
}

/** The best class (lowest index on ties, as Perceptron.predict) and its lead over the next. */
export function bestTwo(scores: ArrayLike<number>): { index: number; margin: number } {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  let second = -Infinity;
  for (let c = 0; c < scores.length; c++) if (c !== best && scores[c]! > second) second = scores[c]!;
  return { index: best, margin: scores[best]! - second };
}
