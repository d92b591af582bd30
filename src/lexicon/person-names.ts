// How person names compare: one person is written "Joe Biden", "Joseph R. Biden Jr.", "Biden";
// "Luiz Inácio Lula da Silva" and "Lula da Silva"; "Jen Klein" and "Jennifer Klein". The
// resolve stage (one document) and the merge (across documents) share these rules, so a name
// joins the same person whichever of the two sees it.
import { canonicalGivenName, isGivenName } from './given-names.js';
import { formalGivenName } from './nicknames.js';

/** Particles that do not tell people apart: "Bashar al-Assad" = "Bashar Assad", "Ursula von der Leyen". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'da',
  'di',
  'du',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
]);

/** Generational suffixes: "Joseph R. Biden Jr.", "Ferdinand Marcos Jr.", "John D. Rockefeller III". */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Letters that Unicode does not decompose into a base letter and an accent ("Erdoğan" does; "Tayyıp" does not). */
const LETTER_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ı/g, 'i'],
  [/[øØ]/g, 'o'],
  [/[łŁ]/g, 'l'],
  [/[đĐ]/g, 'd'],
  [/ß/g, 'ss'],
  [/[æÆ]/g, 'ae'],
  [/[œŒ]/g, 'oe'],
];

/** Lower case, accents and special letters folded ("Tayyıp" -> "tayyip", "Lourenço" -> "lourenco"). */
export function foldLetters(text: string): string {
  let out = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  for (const [re, to] of LETTER_FOLDS) out = out.replace(re, to);
  return out.toLowerCase();
}

const cache = new Map<string, readonly string[]>();

/**
 * The words of a person name as people are compared and keyed: folded to lower case; particles,
 * middle initials and generational suffixes dropped; the given name (when there is more than one
 * word) in its standard spelling, nicknames included ("Joe" -> "joseph", "Sergey" -> "sergei").
 * "Joseph R. Biden Jr." -> ["joseph", "biden"].
 */
export function personNameWords(name: string): readonly string[] {
  const cached = cache.get(name);
  if (cached) return cached;
  if (cache.size > 50_000) cache.clear();
  const raw = foldLetters(name)
    .replace(/[‐-―]/g, '-')
    .split(/\s+/)
    .flatMap((w) => (/^(al|el)-/.test(w) ? w.split('-') : [w]))
    .map((w) => w.replace(/[.,]/g, ''))
    .filter((w) => w && !NAME_PARTICLES.has(w));
  const noSuffix = raw.filter((w, i) => i === 0 || !NAME_SUFFIXES.has(w));
  // Middle initials do not tell people apart ("Vladimir V. Putin").
  const words = noSuffix.filter((w, i, all) => !(w.length === 1 && i > 0 && i < all.length - 1));
  if (words.length > 1) words[0] = formalGivenName(canonicalGivenName(words[0]!));
  cache.set(name, words);
  return words;
}

/** The family name as compared: the last word of `personNameWords` ("Lula da Silva" -> "silva"). */
export function familyName(name: string): string {
  const words = personNameWords(name);
  return words[words.length - 1] ?? foldLetters(name);
}

/**
 * A given name written short: "Kath" for "Kathleen", "Chris" for "Christopher" (not a name of its
 * own, like "Eric" for "Erica").
 */
function shortGivenName(short: string, long: string): boolean {
  return short.length >= 3 && short.length < long.length && long.startsWith(short) && !isGivenName(short);
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

/**
 * Whether the name `short` can be a less complete writing of `long` (both of two words or more,
 * as `personNameWords` gives them): the same family name, and either the same given name (or a
 * short form of it) with no middle name that `long` lacks ("Julie Rodriguez" of "Julie Chavez
 * Rodriguez"), or the last words of `long` ("Lula da Silva" of "Luiz Inácio Lula da Silva").
 * Equal word lists are compatible too (the caller orders such pairs).
 */
export function isShorterPersonName(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || long.length < 2 || short.length > long.length) return false;
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  const offset = long.length - short.length;
  if (offset > 0 && short.every((w, i) => w === long[offset + i])) return true;
  const [a, b] = [short[0]!, long[0]!];
  if (a !== b && !shortGivenName(a, b)) return false;
  return isSubsequence(short.slice(1, -1), long.slice(1, -1));
}

/**
 * Orders names from the least to the most complete: more words, then a longer label, then the
 * label itself (so the order is total and never depends on input order).
 */
export function comparePersonNames(a: string, b: string): number {
  const wa = personNameWords(a).length;
  const wb = personNameWords(b).length;
  if (wa !== wb) return wa - wb;
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
