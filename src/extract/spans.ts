// Sorted span lookups by binary search, so that every stage stays linear (or n log n) in the
// length of the document instead of scanning all mentions for each token.
import type { Span } from '../model/extraction.js';

/** How many items have a key below `value`: the index of the first one at or above it (items sorted by key). */
export function countBelow<T>(items: readonly T[], value: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const startOf = (s: Span) => s.start;

/** Index of the first span whose start is >= offset. `spans` is sorted by start. */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  return countBelow(spans, offset, startOf);
}

/** Spans lying inside [start, end). */
export function within<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(spans, start); i < spans.length && spans[i]!.start < end; i++) {
    if (spans[i]!.end <= end) out.push(spans[i]!);
  }
  return out;
}

/** The span that contains offset, for non-overlapping spans sorted by start. */
export function covering<T extends Span>(spans: readonly T[], offset: number, inclusiveEnd = false): T | undefined {
  const i = firstStartingAt(spans, offset + 1) - 1;
  const s = spans[i];
  return s && s.start <= offset && (offset < s.end || (inclusiveEnd && offset === s.end)) ? s : undefined;
}

/** The last span ending at or before offset that satisfies `pred` (walks back from offset). */
export function lastBefore<T extends Span>(
  spans: readonly T[],
  offset: number,
  pred: (s: T) => boolean,
): T | undefined {
  for (let i = firstStartingAt(spans, offset) - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.end <= offset && pred(s)) return s;
  }
  return undefined;
}

const byStart = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

/** A sorted view of a list that only grows: new items are inserted in place, never re-sorted. */
export class SortedView<T extends Span> {
  private sorted: T[];
  private seen: number;
  constructor(private readonly source: T[]) {
    this.sorted = [...source].sort(byStart);
    this.seen = source.length;
  }
  get items(): readonly T[] {
    for (; this.seen < this.source.length; this.seen++) {
      const item = this.source[this.seen]!;
      let lo = 0;
      let hi = this.sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byStart(this.sorted[mid]!, item) <= 0) lo = mid + 1;
        else hi = mid;
      }
      this.sorted.splice(lo, 0, item);
    }
    return this.sorted;
  }
}
