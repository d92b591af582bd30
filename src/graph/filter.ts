// A view of the graph: pure predicates over node and edge attributes, and `filterGraph`, which
// derives a new graph from them. Filters never mutate the dataset (the viewer, the exporters
// and `diplograph export --kinds … --stances …` all go through here).
import { MultiDirectedGraph } from 'graphology';
import type { DocumentInfo, EdgeAttributes, Evidence, MentionRef, NodeAttributes } from '../model/graph-file.js';
import type { DiploGraph } from '../model/graph.js';
import type { EntityKind, Modality, StanceKind } from '../model/vocab.js';

export interface ViewFilter {
  /** Entity kinds to show (absent: all). */
  kinds?: EntityKind[];
  /** Stance kinds to show (absent: all). */
  stances?: StanceKind[];
  /** Show relation edges (role, member-of, part-of); default true. */
  relations?: boolean;
  /** Stance polarities to show (absent: both). */
  polarity?: (1 | -1)[];
  /** Evidence modalities that count (absent: all). Listing "negated" implies `showNegated`. */
  modalities?: Modality[];
  /** Document ids whose evidence counts (absent: all). */
  docs?: string[];
  /** Inclusive ISO dates; evidence from undated documents fails a date range. */
  dateFrom?: string;
  dateTo?: string;
  /** Minimum `weight` (non-negated evidence count) of an edge. */
  minWeight?: number;
  /** Show edges whose evidence is all negated (hidden by default, DESIGN.md §2). */
  showNegated?: boolean;
}

/** Documents by id, as a map or as the graph's `documents` array. */
export type DocumentLookup = ReadonlyMap<string, DocumentInfo> | readonly DocumentInfo[];

function toMap(documents: DocumentLookup | undefined): ReadonlyMap<string, DocumentInfo> {
  if (!documents) return new Map();
  if (documents instanceof Map) return documents;
  return new Map((documents as readonly DocumentInfo[]).map((d) => [d.id, d]));
}

function hasDateRange(filter: ViewFilter): boolean {
  return filter.dateFrom !== undefined || filter.dateTo !== undefined;
}

/** True when a document (by id) passes the doc and date parts of the filter. */
export function documentVisible(docId: string, filter: ViewFilter, documents?: DocumentLookup): boolean {
  if (filter.docs && !filter.docs.includes(docId)) return false;
  if (hasDateRange(filter)) {
    const date = toMap(documents).get(docId)?.date;
    if (date === undefined) return false;
    if (filter.dateFrom !== undefined && date < filter.dateFrom) return false;
    if (filter.dateTo !== undefined && date > filter.dateTo) return false;
  }
  return true;
}

/** True when one evidence sentence passes the modality, negation, doc and date filters. */
export function evidenceVisible(evidence: Evidence, filter: ViewFilter, documents?: DocumentLookup): boolean {
  if (filter.modalities && !filter.modalities.includes(evidence.modality)) return false;
  if (evidence.modality === 'negated' && !filter.showNegated && !filter.modalities?.includes('negated')) return false;
  return documentVisible(evidence.doc, filter, documents);
}

/**
 * A node passes the kind filter; with a doc or date filter (and `documents` given), it must
 * also be mentioned in a passing document. Nodes without mentions pass those filters.
 */
export function nodeVisible(attrs: NodeAttributes, filter: ViewFilter, documents?: DocumentLookup): boolean {
  if (filter.kinds && !filter.kinds.includes(attrs.kind)) return false;
  if (documents && (filter.docs || hasDateRange(filter)) && attrs.mentions.length > 0) {
    const map = toMap(documents);
    return attrs.mentions.some((m: MentionRef) => documentVisible(m.doc, filter, map));
  }
  return true;
}

/**
 * An edge is visible when its family/kind/polarity/weight pass and at least one of its evidence
 * items passes the modality, doc and date filters. Negated evidence counts only with
 * `showNegated`, so an edge whose evidence is all negated is hidden by default.
 */
export function edgeVisible(attrs: EdgeAttributes, filter: ViewFilter, documents?: DocumentLookup): boolean {
  if (attrs.family === 'relation') {
    if (filter.relations === false) return false;
  } else {
    if (filter.stances && !filter.stances.includes(attrs.kind)) return false;
    if (filter.polarity && !filter.polarity.includes(attrs.polarity)) return false;
  }
  if (filter.minWeight !== undefined && attrs.weight < filter.minWeight) return false;
  if (attrs.evidence.length === 0) {
    // Nothing to check against: only evidence-level filters can hide it.
    return !filter.modalities && !filter.docs && !hasDateRange(filter);
  }
  const map = toMap(documents);
  return attrs.evidence.some((e) => evidenceVisible(e, filter, map));
}

/**
 * A new graph with the visible nodes and the visible edges between them. Attributes are
 * copied (shallowly), graph attributes kept; the input graph is never mutated.
 */
export function filterGraph(graph: DiploGraph, filter: ViewFilter): DiploGraph {
  const out: DiploGraph = new MultiDirectedGraph({ allowSelfLoops: graph.allowSelfLoops });
  out.replaceAttributes({ ...graph.getAttributes() });
  const documents = toMap(graph.getAttribute('documents'));
  graph.forEachNode((key, attrs) => {
    if (nodeVisible(attrs, filter, documents)) out.addNode(key, { ...attrs });
  });
  graph.forEachEdge((key, attrs, source, target) => {
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    if (edgeVisible(attrs, filter, documents)) out.addDirectedEdgeWithKey(key, source, target, { ...attrs });
  });
  return out;
}
