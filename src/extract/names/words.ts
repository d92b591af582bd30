// Our tokens as the words the name typer was trained on (CoNLL-2003 tokenisation): a hyphenated
// compound is one word ("Okonjo-Iweala", "anti-Kurdish"), an initial or abbreviation keeps its
// full stop ("W.", "Mr."), curly quotes are straight. Each word remembers its tokens, so typed
// names map back to exact offsets in the text.
import type { Token } from '../tokens.js';

export interface TyperWord {
  text: string;
  /** First token (index into the document's tokens) and the token after the last. */
  first: number;
  end: number;
}

/** Abbreviations written with a full stop that CoNLL keeps inside the word. */
const DOTTED = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'maj',
  'sen',
  'rep',
  'gov',
  'prof',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'mt',
  'ft',
]);

const QUOTES: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'" };

/** Curly apostrophes straight, as in CoNLL ("Côte d’Ivoire"); most words have none. */
function straight(text: string): string {
  return text.includes('’') ? text.replace(/’/g, "'") : text;
}

/** The words of tokens[from, to). */
export function typerWords(tokens: readonly Token[], from: number, to: number): TyperWord[] {
  const out: TyperWord[] = [];
  for (let i = from; i < to;) {
    const t = tokens[i]!;
    let end = i + 1;
    let text = straight(t.text);
    if (t.word) {
      // Hyphenated compounds: word-word(-word), written without spaces.
      while (
        end + 1 < to &&
        tokens[end]!.text === '-' &&
        tokens[end]!.start === tokens[end - 1]!.end &&
        tokens[end + 1]!.word &&
        tokens[end + 1]!.start === tokens[end]!.end
      ) {
        text += `-${straight(tokens[end + 1]!.text)}`;
        end += 2;
      }
      const dot = tokens[end];
      if (
        end === i + 1 &&
        end < to &&
        dot!.text === '.' &&
        dot!.start === t.end &&
        ((t.cap && t.text.length === 1) || DOTTED.has(t.lower))
      ) {
        text += '.';
        end++;
      }
    } else text = QUOTES[t.text] ?? text;
    out.push({ text, first: i, end });
    i = end;
  }
  return out;
}
