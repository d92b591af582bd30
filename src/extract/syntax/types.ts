// The shapes the syntax layer hands out: chunks and the syntax of one sentence.

/** Chunk types of CoNLL-2000/2003; 'O' marks a word outside any phrase (punctuation, "and"). */
export type ChunkType = 'NP' | 'VP' | 'PP' | 'ADJP' | 'ADVP' | 'SBAR' | 'PRT' | 'CONJP' | 'INTJ' | 'LST' | 'UCP' | 'O';

/** A phrase over tokens [from, to) (indexes into the token array, `to` exclusive). */
export interface Chunk {
  type: ChunkType;
  from: number;
  to: number;
}

export interface SentenceSyntax {
  /** Token range of the sentence. */
  from: number;
  to: number;
  /** Penn Treebank tag of each token (index i - from). Pieces of a word share its tag: anti / - / Kurdish are JJ. */
  pos: string[];
  /**
   * The tokens cut into chunks, in order, covering every token exactly once. A word outside
   * any phrase is an 'O' chunk of its own: "Russia and China" -> NP(Russia) O(and) NP(China).
   */
  chunks: Chunk[];
}
