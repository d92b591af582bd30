// Our tokens -> the words the treebanks tag. The tokenizer splits at every hyphen, apostrophe
// and separator ("anti-Kurdish" -> anti / - / Kurdish; "don't" -> don / ' / t), while the
// tagger learned from Penn-Treebank-style words ("anti-Kurdish", "do" + "n't"). Pieces with
// nothing between them are joined back by the rules below; each word remembers the tokens it
// covers, so tags and chunks map back onto every token.
import type { Token } from '../tokens.js';
import type { FeatureWord } from './features.js';

/** Between two word pieces, these join a compound: "anti-Kurdish", "U.S.-led", "15-year", "AT&T". */
const COMPOUND_JOINERS = new Set(['-', '&']);
/** Between two digit pieces, these join a number: "1,000", "3.5", "10:30", "9/11". */
const NUMBER_JOINERS = new Set([',', '.', ':', '/']);
/** Apostrophes as the tokenizer leaves them ("don't" -> don / ' / t). */
const APOSTROPHES = new Set(["'", '\u2019']);
/** Clitics after an apostrophe, as the treebank writes them: "I'm" -> I + 'm, "we're" -> we + 're. */
const CLITICS = new Map([
  ['m', "'m"],
  ['re', "'re"],
  ['ve', "'ve"],
  ['ll', "'ll"],
  ['d', "'d"],
]);
/** Repeated punctuation that is one treebank token: "--" (a dash), "..." (an ellipsis). */
const RUNS = new Set(['-', '.']);
/** Typographic forms the training data writes plainly: curly quotes, guillemets, dashes. */
const PLAIN: ReadonlyMap<string, string> = new Map([
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u201e', '"'],
  ['\u00ab', '"'],
  ['\u00bb', '"'],
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u2014', '--'],
  ['\u2013', '--'],
  ['\u2026', '...'],
]);

/** Words of one sentence: the shared buffers parseSentence fills (count words are valid). */
export class WordBuffer {
  count = 0;
  words: FeatureWord[] = [];
  /** Token range of word k: [from[k], to[k]). */
  from = new Int32Array(64);
  to = new Int32Array(64);

  push(word: FeatureWord, from: number, to: number): void {
    const k = this.count++;
    if (k >= this.from.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.from = grow(this.from);
      this.to = grow(this.to);
    }
    this.words[k] = word;
    this.from[k] = from;
    this.to[k] = to;
  }
}

function touching(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.end === tokens[i + 1]!.start;
}

function startsWithDigit(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function endsWithDigit(t: Token): boolean {
  const c = t.text.charCodeAt(t.text.length - 1);
  return c >= 48 && c <= 57;
}

/** The plain form of a piece of text: "“" -> '"', "’s" -> "'s", "—" -> "--" (training data reads so too). */
export function plainText(text: string): string {
  const mapped = PLAIN.get(text);
  if (mapped !== undefined) return mapped;
  return text.length > 1 && text.includes('\u2019') ? text.replaceAll('\u2019', "'") : text;
}

/** A token as a word: itself when already plain (no allocation), else a plain copy. */
function plain(t: Token): FeatureWord {
  const mapped = PLAIN.get(t.text);
  if (mapped !== undefined) return { text: mapped, lower: mapped };
  if (t.text.length > 1 && t.text.includes('\u2019')) {
    const text = t.text.replaceAll('\u2019', "'");
    return { text, lower: text.toLowerCase() };
  }
  return t;
}

function joined(tokens: readonly Token[], from: number, to: number): FeatureWord {
  let text = '';
  for (let k = from; k < to; k++) text += tokens[k]!.text;
  return { text, lower: text.toLowerCase() };
}

/**
 * Fills `out` with the words of tokens[from..to). Examples: "anti-Kurdish" is one word over
 * three tokens; "don't" gives "do" (token don) and "n't" (tokens ' and t); "1,000" one word.
 */
export function toWords(tokens: readonly Token[], from: number, to: number, out: WordBuffer): void {
  out.count = 0;
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    // "don't", "can't", "isn't": host ending in n, apostrophe, t -> "do" + "n't".
    if (
      t.word &&
      i + 2 < to &&
      t.text.length > 1 &&
      t.lower.endsWith('n') &&
      APOSTROPHES.has(tokens[i + 1]!.text) &&
      tokens[i + 2]!.lower === 't' &&
      touching(tokens, i) &&
      touching(tokens, i + 1)
    ) {
      const host = t.text.slice(0, -1);
      out.push({ text: host, lower: host.toLowerCase() }, i, i + 1);
      out.push({ text: "n't", lower: "n't" }, i + 1, i + 3);
      i += 3;
      continue;
    }
    // "I'm", "we're", "they've", "we'll", "he'd": host + clitic.
    if (
      t.word &&
      i + 2 < to &&
      APOSTROPHES.has(tokens[i + 1]!.text) &&
      CLITICS.has(tokens[i + 2]!.lower) &&
      touching(tokens, i) &&
      touching(tokens, i + 1)
    ) {
      out.push(plain(t), i, i + 1);
      const clitic = CLITICS.get(tokens[i + 2]!.lower)!;
      out.push({ text: clitic, lower: clitic }, i + 1, i + 3);
      i += 3;
      continue;
    }
    let end = i + 1;
    if (t.word) {
      // Compounds and numbers: piece, joiner, piece, ... with no space anywhere.
      while (end + 1 < to && touching(tokens, end - 1) && touching(tokens, end) && tokens[end + 1]!.word) {
        const sep = tokens[end]!.text;
        const ok =
          COMPOUND_JOINERS.has(sep) ||
          (NUMBER_JOINERS.has(sep) && endsWithDigit(tokens[end - 1]!) && startsWithDigit(tokens[end + 1]!));
        if (!ok) break;
        end += 2;
      }
    } else if (RUNS.has(t.text)) {
      while (end < to && tokens[end]!.text === t.text && touching(tokens, end - 1)) end++;
    }
    out.push(end === i + 1 ? plain(t) : joined(tokens, i, end), i, end);
    i = end;
  }
}
