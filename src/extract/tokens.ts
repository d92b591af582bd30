// Tokens with offsets into the original text. Words keep internal dots of acronyms
// ("U.S.") and apostrophes followed by a capital ("O'Brien"); "'s" is its own token.
import type { Span } from '../model/extraction.js';
import { firstStartingAt } from './spans.js';

export interface Token extends Span {
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
}

// Linear: each alternative consumes at least one character and none nests quantifiers.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}\p{M}]+(?:['’](?=\p{Lu})[\p{L}\p{M}]+)*|['’]s\b|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = offset;
  for (let m = TOKEN_RE.exec(text); m && m.index < end; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const first = t.charAt(0);
    tokens.push({
      start: m.index,
      end: m.index + t.length,
      text: t,
      // Curly and straight apostrophes compare alike ("Côte d’Ivoire" = "Côte d'Ivoire").
      lower: t.toLowerCase().replace(/’/g, "'"),
      cap: first !== first.toLowerCase(),
      word: /[\p{L}\p{N}]/u.test(first),
    });
  }
  return tokens;
}

/**
 * The lower-case forms of tokens.slice(from, to), as `slice(from, to).map((t) => t.lower)` gives
 * them. The array is made from a one-string literal so that it has the same elements kind empty
 * or not: an empty `[]` or `.map` result has another hidden class, and the optimised code of the
 * big stage functions that index these arrays was thrown away and rebuilt each time one met the
 * other kind (allStances, verbFrames and windowStances were compiled 5 to 11 times a run).
 */
export function lowerForms(tokens: readonly Token[], from: number, to: number): string[] {
  const n = tokens.length;
  const a = from < 0 ? Math.max(0, n + from) : Math.min(from, n);
  const b = to < 0 ? Math.max(0, n + to) : Math.min(to, n);
  const out = [''];
  out.pop();
  for (let k = a; k < b; k++) out.push(tokens[k]!.lower);
  return out;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstStartingAt(tokens, offset);
}
