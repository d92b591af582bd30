// The learned syntax layer: part-of-speech tags (Penn Treebank) and phrase chunks for a
// sentence of our tokens, from an averaged perceptron trained by scripts/train-syntax.ts on
// CoNLL-2003 (tags and chunks) and UD English EWT (tags; CC BY-SA 4.0). Sentences are parsed
// on demand: a stage asks only for the sentences it needs.
//
//   const syntax = parseSentence(tokens, from, to);
//   syntax.pos[i - from]  // tag of token i: "NNP", "VBD", ...
//   syntax.chunks         // every token in one chunk, in order: NP, VP, PP, ..., O
import { loadPackedModel } from '../../learn/packed-weights.js';
import type { Token } from '../tokens.js';
import chunkWeights from './chunk.weights.json' with { type: 'json' };
import posWeights from './pos.weights.json' with { type: 'json' };
import { SyntaxModel } from './model.js';
import type { Chunk, SentenceSyntax } from './types.js';
import { WordBuffer, toWords } from './words.js';

let model: SyntaxModel | undefined;
const buffer = new WordBuffer();

/** The committed model, loaded on first use (building its tables takes a few ms). */
export function syntaxModel(): SyntaxModel {
  model ??= new SyntaxModel(
    { ...loadPackedModel(posWeights), tagdict: posWeights.tagdict },
    loadPackedModel(chunkWeights),
  );
  return model;
}

/** Tags and chunks of tokens[from..to) (one sentence; `Sentence` spans map to tokens with tokenAt). */
export function parseSentence(tokens: readonly Token[], from: number, to: number): SentenceSyntax {
  if (!(from >= 0 && from <= to && to <= tokens.length)) {
    throw new Error(`syntax: token range ${from}..${to} is outside 0..${tokens.length}`);
  }
  const m = syntaxModel();
  toWords(tokens, from, to, buffer);
  const n = buffer.count;
  const words = buffer.words;
  if (words.length > n) words.length = n;
  const { tags, chunks: bio } = m.run(words);
  const pos: string[] = new Array<string>(to - from);
  const chunks: Chunk[] = [];
  const posClasses = m.posClasses;
  const chunkTypes = m.chunkTypes;
  const chunkBegins = m.chunkBegins;
  let open: Chunk | undefined;
  for (let k = 0; k < n; k++) {
    const a = buffer.from[k]!;
    const b = buffer.to[k]!;
    const tag = posClasses[tags[k]!]!;
    for (let t = a; t < b; t++) pos[t - from] = tag;
    const c = bio[k]!;
    const type = chunkTypes[c]!;
    if (type === 'O') {
      open = undefined;
      chunks.push({ type, from: a, to: b });
    } else if (open && !chunkBegins[c] && open.type === type) {
      open.to = b;
    } else {
      open = { type, from: a, to: b };
      chunks.push(open);
    }
  }
  return { from, to, pos, chunks };
}

export type { Chunk, ChunkType, SentenceSyntax } from './types.js';
export { verbGroups, verbGroupsOf, isCoordinator, clauseOpener } from './verb-groups.js';
export type { VerbGroup, ClauseOpener } from './verb-groups.js';
