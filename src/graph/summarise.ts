// Derived edge attributes, recomputed from the evidence so that building and merging agree:
// weight, the kind's CAMEO code, mean Goldstein and the date range.
import type { DocumentInfo, EdgeAttributes, Evidence } from '../model/graph-file.js';
import { STANCES, goldsteinOf, type StanceKind } from '../model/vocab.js';

export function compareEvidence(a: Evidence, b: Evidence): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end;
}

/** Sorted, without repeats of the same (doc, start, end). */
export function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const sorted = [...evidence].sort(compareEvidence);
  return sorted.filter((e, i) => {
    const p = sorted[i - 1];
    return !p || p.doc !== e.doc || p.start !== e.start || p.end !== e.end;
  });
}

/** The most frequent two-digit root among the evidence codes (ties: the lowest code). */
function dominantRoot(kind: StanceKind, evidence: readonly Evidence[]): string {
  const counts = new Map<string, number>();
  for (const e of evidence) {
    const root = (e.cameo ?? STANCES[kind].defaultCode).slice(0, 2);
    counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  let best = STANCES[kind].defaultCode.slice(0, 2);
  let bestCount = 0;
  for (const [root, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (n > bestCount) [best, bestCount] = [root, n];
  }
  return best;
}

export function summariseEdge<A extends EdgeAttributes>(attrs: A, documents: ReadonlyMap<string, DocumentInfo>): A {
  const evidence = uniqueEvidence(attrs.evidence);
  const counted = evidence.filter((e) => e.modality !== 'negated');
  const out = { ...attrs, evidence, weight: counted.length };
  const dates = evidence
    .map((e) => documents.get(e.doc)?.date)
    .filter((d): d is string => d !== undefined)
    .sort();
  delete out.firstDate;
  delete out.lastDate;
  if (dates.length > 0) {
    out.firstDate = dates[0];
    out.lastDate = dates[dates.length - 1];
  }
  if (out.family === 'stance') {
    const info = STANCES[out.kind];
    out.polarity = info.polarity;
    out.cameo = dominantRoot(out.kind, evidence);
    const weights = (counted.length > 0 ? counted : evidence).map((e) => goldsteinOf(e.cameo ?? info.defaultCode) ?? 0);
    const mean = weights.reduce((s, w) => s + w, 0) / Math.max(1, weights.length);
    out.goldstein = Math.round(mean * 100) / 100;
  }
  return out;
}
