// evidence: the span of text an edge keeps as its quote. Normally the whole sentence; a sentence
// longer than EVIDENCE_MAX_CHARS (a text without full stops is one sentence) is cut to a piece
// around what the edge rests on, with a little context each side, so that each edge keeps a
// bounded quote and the graph file grows linearly with its input, whatever the input.
import type { ExtractedEdge, Span } from '../model/extraction.js';
import { covering } from './spans.js';

/**
 * Longest quote, in UTF-16 code units. News sentences are far shorter: over the Reuters-21578
 * corpus (135,159 sentences) the 99.9th percentile is 360 characters and the longest 688; over
 * AG News, BBC politics and the dev gold files none passes 600. The White House readouts are the
 * longest ordinary text we have (lists of topics: 99th percentile 569, 0.8% over 600). Under
 * this length a sentence is kept whole, so the graphs of ordinary news do not change.
 */
export const EVIDENCE_MAX_CHARS = 600;

/**
 * Context kept on each side of the focus when an over-long sentence is cut, in UTF-16 code
 * units: about a clause's worth, enough for a negation, a modal or an "according to" next to
 * the cue. Filling the piece up to EVIDENCE_MAX_CHARS instead made every edge of a run-on text
 * quote ~570 characters: a text of 750-character paragraphs without full stops, ten edges to
 * each, wrote a graph 14x its size, 7x of it quotes. With 80 a side it is 9x, quotes 2x.
 */
export const EVIDENCE_CONTEXT_CHARS = 80;

/** The text span of tokens [from, to) (empty at `from` when to <= from), for a focus. */
export function tokenSpan(tokens: ReadonlyArray<Span>, from: number, to: number): Span {
  const a = tokens[Math.min(from, tokens.length - 1)];
  if (!a) return { start: 0, end: 0 };
  const b = to > from ? tokens[Math.min(to, tokens.length) - 1]! : undefined;
  return { start: a.start, end: b ? b.end : a.start };
}

/** Where a cut prefers to fall: after a clause mark, else at a space (never inside a word). */
const CLAUSE_MARK = /[,;:–—()]/;
const SPACE = /\s/;

/**
 * The evidence span of `sentence` for an edge resting on `focus` (its cue, and its actors when
 * they fit): the sentence itself when it is at most `max` characters, else a piece of it of at
 * most `max` characters holding the focus and up to `context` characters around it (one side's
 * unused share going to the other), its ends moved inwards to a clause mark or a space.
 * Offsets stay offsets into the text: `text.slice(start, end)` is the quote.
 */
export function evidenceSpan(
  text: string,
  sentence: Span,
  focus: readonly Span[],
  max = EVIDENCE_MAX_CHARS,
  context = EVIDENCE_CONTEXT_CHARS,
): Span {
  if (sentence.end - sentence.start <= max) return { start: sentence.start, end: sentence.end };
  // The first focus span (the cue) is always kept; the others join while the piece still fits.
  const first = focus[0] ?? { start: sentence.start, end: sentence.start };
  let start = Math.max(sentence.start, first.start);
  let end = Math.min(sentence.end, Math.max(start, first.end));
  if (end - start > max) end = start + max;
  for (const f of focus.slice(1)) {
    const s = Math.max(sentence.start, Math.min(start, f.start));
    const e = Math.min(sentence.end, Math.max(end, f.end));
    if (e - s <= max) [start, end] = [s, e];
  }
  // Grow both ways by half the room left, giving one side's unused room to the other.
  const room = Math.min(max - (end - start), 2 * context);
  let left = Math.min(Math.floor(room / 2), start - sentence.start);
  const right = Math.min(room - left, sentence.end - end);
  left = Math.min(room - right, start - sentence.start);
  const focusStart = start;
  const focusEnd = end;
  start -= left;
  end += right;
  if (start > sentence.start) start = cutStart(text, start, focusStart);
  if (end < sentence.end) end = cutEnd(text, end, focusEnd);
  return { start, end };
}

/** Moves a piece's start forward to just after a clause mark (else a space), not past `limit`. */
function cutStart(text: string, start: number, limit: number): number {
  // Only the first third of the margin is searched for a clause mark: a cut far inside loses more than it tidies.
  const reach = start + Math.max(1, Math.floor((limit - start) / 3));
  let space = -1;
  for (let i = start; i < limit; i++) {
    const c = text[i]!;
    // An opening bracket stays with what it opens.
    if (i < reach && CLAUSE_MARK.test(c)) return c === '(' ? i : skipSpaces(text, i + 1, limit);
    if (space < 0 && SPACE.test(c)) space = i;
    if (i >= reach && space >= 0) break;
  }
  if (space >= 0) return skipSpaces(text, space, limit);
  return isLowSurrogate(text, start) ? start + 1 : start;
}

/** Moves a piece's end back to just after a clause mark (else to a space), not before `limit`. */
function cutEnd(text: string, end: number, limit: number): number {
  const reach = end - Math.max(1, Math.floor((end - limit) / 3));
  let space = -1;
  for (let i = end - 1; i >= limit; i--) {
    const c = text[i]!;
    if (i >= reach && CLAUSE_MARK.test(c)) return c === '(' ? trimSpaces(text, i, limit) : i + 1;
    if (space < 0 && SPACE.test(c)) space = i;
    if (i < reach && space >= 0) break;
  }
  if (space >= 0) return trimSpaces(text, space, limit);
  return isLowSurrogate(text, end) ? end - 1 : end;
}

function skipSpaces(text: string, i: number, limit: number): number {
  while (i < limit && SPACE.test(text[i]!)) i++;
  return i;
}

function trimSpaces(text: string, i: number, limit: number): number {
  while (i > limit && SPACE.test(text[i - 1]!)) i--;
  return i;
}

/** A cut inside one unbroken word must not split a surrogate pair (an emoji, a rare letter). */
function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * One evidence per edge and sentence, which is what an edge's `weight` counts (DESIGN.md §2:
 * evidence sentences). A sentence short enough to be quoted whole gives every occurrence of an
 * edge in it the same span, and the graph keeps one of identical spans. A longer sentence is
 * quoted around each occurrence, so without this each occurrence counted as a sentence of its own
 * and wrote its own quote: a wire story without full stops naming "Secretary of State John Kerry"
 * 10,000 times gave his role 10,000 evidence records. The first occurrence of each is kept.
 */
export function oneEvidencePerSentence(edges: readonly ExtractedEdge[], sentences: readonly Span[]): ExtractedEdge[] {
  const seen = new Set<string>();
  const out: ExtractedEdge[] = [];
  for (const e of edges) {
    const sentence = covering(sentences, e.evidence.start);
    if (sentence && sentence.end - sentence.start > EVIDENCE_MAX_CHARS) {
      const title = e.family === 'relation' ? (e.title ?? '') : '';
      const key = `${e.family}\u0000${e.kind}\u0000${e.source}\u0000${e.target}\u0000${title}\u0000${sentence.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(e);
  }
  return out;
}
