// discourse: actors named by a description of a group rather than a name. "The two leaders",
// "both sides", "they" after "Biden spoke with Scholz" are Biden and Scholz: the parties of the
// last meeting or the last coordinated pair of the document. References are a table (data),
// each with an example; the state that carries the pair is plain data updated sentence by sentence.
import type { Token } from '../tokens.js';

/** Words that, after an optional "the" / "both" / "the two", name the two parties of the discourse. */
export const PAIR_REFERENCES: ReadonlyArray<{ words: string; example: string }> = [
  { words: 'leaders', example: 'The two leaders agreed to stay in close contact.' },
  { words: 'presidents', example: 'The presidents discussed the crisis.' },
  { words: 'vice presidents', example: 'The Vice Presidents underscored their alliance.' },
  { words: 'prime ministers', example: 'Both prime ministers condemned the attack.' },
  { words: 'foreign ministers', example: 'The foreign ministers signed a visa accord.' },
  { words: 'ministers', example: 'The two ministers reviewed trade ties.' },
  { words: 'sides', example: 'Both sides accused each other of breaking the truce.' },
  { words: 'countries', example: 'The two countries signed a border treaty.' },
  { words: 'nations', example: 'Both nations agreed to expand trade.' },
  { words: 'governments', example: 'The two governments accused each other of provocations.' },
  { words: 'neighbours', example: 'The neighbours have clashed over water rights.' },
  { words: 'neighbors', example: 'The neighbors have clashed over water rights.' },
  { words: 'men', example: 'The two men discussed the ceasefire.' },
  { words: 'heads of state', example: 'The heads of state welcomed the progress.' },
  { words: 'allies', example: 'The allies pledged support for Kyiv.' },
];

const PAIR_INDEX = new Map<string, string[][]>();
for (const r of PAIR_REFERENCES) {
  const words = r.words.split(' ');
  const list = PAIR_INDEX.get(words[0]!) ?? [];
  list.push(words);
  PAIR_INDEX.set(words[0]!, list);
}

/** Plural pronouns that take the pair when no actor in the sentence is closer ("They discussed …"). */
const PLURAL_PRONOUNS = new Set(['they', 'their', 'them']);
const DETERMINERS = new Set(['the', 'both', 'two']);

export interface PairReference {
  /** Token range of the reference ("the two leaders"). */
  from: number;
  to: number;
  possessive: boolean;
}

/** Group references in tokens [from, to): "the two leaders", "both sides", "they", "their". */
export function pairReferences(tokens: readonly Token[], from: number, to: number): PairReference[] {
  const out: PairReference[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (PLURAL_PRONOUNS.has(t.lower)) {
      out.push({ from: k, to: k + 1, possessive: t.lower === 'their' });
      continue;
    }
    const candidates = PAIR_INDEX.get(t.lower);
    if (!candidates) continue;
    // The group word needs a determiner that makes it definite: "the leaders", "both sides", "the two countries".
    let a = k;
    while (a > from && DETERMINERS.has(tokens[a - 1]!.lower)) a--;
    if (a === k) continue;
    // "the leaders of Chile and Peru" names its own members: not a reference back.
    for (const words of candidates) {
      if (!words.every((w, j) => tokens[k + j]?.lower === w)) continue;
      const end = k + words.length;
      if (tokens[end]?.lower === 'of') break;
      out.push({ from: a, to: end, possessive: tokens[end]?.lower === "'s" || tokens[end]?.lower === '’s' });
      k = end - 1;
      break;
    }
  }
  return out;
}

/** Reciprocals: "accused each other", "blamed one another". */
export function isReciprocal(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k]?.lower;
  const b = tokens[k + 1]?.lower;
  return (a === 'each' && b === 'other') || (a === 'one' && b === 'another');
}

/** The parties the discourse is about, updated as stances and coordinated pairs are found. */
export interface DiscoursePair {
  a: string;
  b: string;
  /** Sentence index where the pair was last confirmed; stale pairs stop answering. */
  sentence: number;
}

/** How many sentences a pair stays salient without being mentioned again. */
export const PAIR_SPAN = 12;

export function pairAt(pair: DiscoursePair | undefined, sentence: number): DiscoursePair | undefined {
  return pair && sentence - pair.sentence <= PAIR_SPAN ? pair : undefined;
}
