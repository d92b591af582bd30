// segment: paragraphs, sentences, quotations and their attribution. Offsets into the original
// text survive: nothing is normalised in place, spaces of every kind are just spaces.
import type { Quote, Sentence, Span } from '../model/extraction.js';

const ABBREVIATIONS = new Set([
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
  'adm',
  'sen',
  'rep',
  'gov',
  'prof',
  'rev',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'etc',
  'inc',
  'co',
  'corp',
  'ltd',
  'jr',
  'sr',
  'mt',
  'ft',
  'pct',
  'approx',
  'dept',
  'univ',
  'est',
  'fig',
  'al',
]);

const SENTENCE_OPENERS = new Set([
  'The',
  'And',
  'But',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'This',
  'That',
  'In',
  'However',
  'Meanwhile',
  'A',
  'An',
]);

function nextWord(text: string, at: number): string {
  const m = /^[\p{L}]+/u.exec(text.slice(at, at + 20));
  return m ? m[0] : '';
}

const OPEN_QUOTES = new Set(['“', '„', '«']);
const CLOSE_QUOTES = new Set(['”', '»']);
const STRAIGHT = '"';

export interface Segmentation {
  paragraphs: Span[];
  sentences: Sentence[];
  quotes: Quote[];
}

/** Paragraphs: split at blank lines, and at indented lines (wire copy marks paragraphs so). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[^\S\n]*\n\s*|\n(?=[^\S\n]+\S)/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    pushTrimmed(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

function isBoundary(text: string, dot: number, paraEnd: number): number | undefined {
  // Returns the end of the sentence (after closing quotes/brackets) when `dot` ends one.
  let end = dot + 1;
  while (end < paraEnd && /[.!?…]/.test(text[end]!)) end++;
  while (end < paraEnd && /["”’')\]»]/.test(text[end]!)) end++;
  if (end >= paraEnd) return paraEnd;
  if (!/\s/.test(text[end]!)) return undefined;
  let next = end;
  while (next < paraEnd && /\s/.test(text[next]!)) next++;
  const c = text[next]!;
  if (!/[\p{Lu}\p{N}"“„«‘'([]/u.test(c)) return undefined;
  if (text[dot] === '.') {
    // The word before the dot: abbreviations and initials do not end sentences.
    let w = dot;
    while (w > 0 && /[\p{L}.]/u.test(text[w - 1]!)) w--;
    const word = text.slice(w, dot);
    if (ABBREVIATIONS.has(word.toLowerCase())) return undefined;
    if (/^\p{Lu}$/u.test(word)) return undefined;
    // U.S. / U.N. end a sentence only when a sentence-opening word follows ("… with the U.S. And the …").
    if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word) && !SENTENCE_OPENERS.has(nextWord(text, next))) return undefined;
  }
  return end;
}

export function sentences(text: string, paras: readonly Span[]): Sentence[] {
  const out: Sentence[] = [];
  paras.forEach((p, pi) => {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
      if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
      const end = isBoundary(text, i, p.end);
      if (end === undefined) continue;
      pushSentence(text, start, end, pi, out);
      start = end;
      i = end - 1;
    }
    pushSentence(text, start, p.end, pi, out);
  });
  return out;
}

/**
 * Longest sentence, in UTF-16 code units. The longest sentences of ordinary text we have are
 * lists of topics in White House readouts (2,369 characters); a longer "sentence" is text
 * without full stops (a transcript, a scraped page, an attack), and the stages that read a
 * sentence as a whole (its clause structure above all) take time that grows faster than its
 * length. So it is read as pieces of at most this length, cut at a clause mark or a space.
 */
export const MAX_SENTENCE_CHARS = 5000;

function pushSentence(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    const cut = pieceEnd(text, start, start + MAX_SENTENCE_CHARS);
    pushSentence(text, start, cut, paragraph, out);
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end, index: out.length, paragraph });
}

/**
 * Where a piece of an over-long sentence ends: after a clause mark in its last quarter, else at
 * a space, else at `limit`.
 */
function pieceEnd(text: string, start: number, limit: number): number {
  const reach = limit - (limit - start) / 4;
  let space = -1;
  for (let i = limit - 1; i > start; i--) {
    const c = text[i]!;
    if (i >= reach && /[,;:]/.test(c)) return i + 1;
    if (space < 0 && /\s/.test(c)) space = i;
    if (i < reach && space >= 0) break;
  }
  if (space > start) return space;
  // One unbroken word: cut anywhere but inside a surrogate pair.
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

/** Double quotations inside each paragraph; an unclosed one runs to the paragraph end. */
export function quotations(text: string, paras: readonly Span[]): Quote[] {
  const out: Quote[] = [];
  // One pass over the marks of the whole text, the paragraphs followed alongside: searching
  // from each paragraph's start ran on to the next mark, past every paragraph without one.
  const marks = /["“”„«»]/g;
  let pi = 0;
  let open = -1;
  const closeParagraph = () => {
    const p = paras[pi]!;
    if (open >= 0 && p.end - open > 1) out.push({ start: open, end: p.end, inner: { start: open + 1, end: p.end } });
    open = -1;
    pi++;
  };
  for (let m = marks.exec(text); m && pi < paras.length; m = marks.exec(text)) {
    const i = m.index;
    while (pi < paras.length && paras[pi]!.end <= i) closeParagraph();
    if (pi >= paras.length) break;
    if (i < paras[pi]!.start) continue;
    const c = m[0];
    const opens = OPEN_QUOTES.has(c) || (c === STRAIGHT && open < 0);
    const closes = CLOSE_QUOTES.has(c) || (c === STRAIGHT && open >= 0);
    if (open < 0 && opens) open = i;
    else if (open >= 0 && closes) {
      out.push({ start: open, end: i + 1, inner: { start: open + 1, end: i } });
      open = -1;
    }
  }
  while (pi < paras.length) closeParagraph();
  return out;
}

export function segment(text: string): Segmentation {
  const paras = paragraphs(text);
  return { paragraphs: paras, sentences: sentences(text, paras), quotes: quotations(text, paras) };
}
