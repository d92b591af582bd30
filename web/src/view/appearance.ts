// Visual attributes derived from the data: colours by kind, community or polarity, sizes by
// weighted degree, degree or mentions. Pure functions over attributes, shared by the renderer,
// the legend and the exports.
import louvainModule from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../../../src/model/graph-file.js';
import type { DiploGraph } from '../../../src/model/graph.js';
import { ENTITY_COLORS, POLARITY_COLORS, RELATION_COLOR, STANCES } from '../../../src/model/vocab.js';
import type { ViewState } from '../state/view-state.js';

// A CommonJS package: bundlers hand over `module.exports`, TypeScript's types a `default` export.
type Louvain = typeof louvainModule.default;
const louvain: Louvain =
  (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

export const DIMMED_COLOR = 'rgb(226,232,240)';

/** Smallest and largest node size on screen (pixels): hubs stay discs, not continents. */
export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 16;

export function nodeColor(attrs: NodeAttributes): string {
  return ENTITY_COLORS[attrs.kind];
}

/** An edge whose evidence is all negated: shown only on request, and drawn faded. */
export function isNegatedOnly(attrs: EdgeAttributes): boolean {
  return attrs.evidence.length > 0 && attrs.evidence.every((e) => e.modality === 'negated');
}

export function edgeColor(attrs: EdgeAttributes, mode: ViewState['edgeColor']): string {
  if (attrs.family === 'relation') return RELATION_COLOR;
  if (mode === 'kind') return STANCES[attrs.kind].color;
  return attrs.polarity === 1 ? POLARITY_COLORS.positive : POLARITY_COLORS.negative;
}

export function edgeSize(attrs: EdgeAttributes): number {
  if (attrs.family === 'relation') return 1;
  return 1.6 + Math.min(4, Math.log2(1 + attrs.weight) * 1.2);
}

export function edgeOpacity(attrs: EdgeAttributes): number {
  return isNegatedOnly(attrs) ? 0.45 : attrs.family === 'relation' ? 0.75 : 0.9;
}

/**
 * What sigma draws of an edge, written into viewer-only attributes once per graph and per colour
 * mode: sigma treats any style callback as reading the graph state, and then re-runs every
 * edge's styles whenever that state flips (a hover, the start or end of a pan), 100k callbacks
 * at a time on a corpus. Attribute bindings are read as they are. Exports strip them.
 */
export const EDGE_VIEW_ATTRIBUTES = ['viewColor', 'viewSize', 'viewOpacity', 'viewLabel'] as const;

export function assignEdgeStyles(graph: DiploGraph, mode: ViewState['edgeColor'], large: boolean): void {
  graph.updateEachEdgeAttributes(
    (_key, attrs) => {
      attrs.viewColor = edgeColor(attrs, mode);
      // Thin edges on a large graph: 100k wide ones are a grey carpet.
      attrs.viewSize = large ? Math.min(2, edgeSize(attrs) / 2) : edgeSize(attrs);
      attrs.viewOpacity = edgeOpacity(attrs);
      // Edge labels are drawn on small graphs only.
      if (!large)
        attrs.viewLabel = attrs.family === 'relation' && attrs.title ? `${attrs.kind}: ${attrs.title}` : attrs.kind;
      return attrs;
    },
    { attributes: [...EDGE_VIEW_ATTRIBUTES] },
  );
}

/** An edge's data attributes without the viewer's drawing ones. */
export function withoutViewAttributes<T extends object>(attrs: T): T {
  const drop: ReadonlySet<string> = new Set(EDGE_VIEW_ATTRIBUTES);
  return Object.fromEntries(Object.entries(attrs).filter(([k]) => !drop.has(k))) as T;
}

/**
 * Weighted degree: the evidence on a node's edges (a stance's `weight`, 1 for a relation), so an
 * actor seen in twenty sentences outweighs one named twenty times in a list of attendees.
 */
export function weightedDegrees(graph: DiploGraph): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((key) => out.set(key, 0));
  graph.forEachEdge((_e, attrs, source, target) => {
    const w = attrs.family === 'relation' ? 1 : Math.max(0, attrs.weight);
    out.set(source, out.get(source)! + w);
    out.set(target, out.get(target)! + w);
  });
  return out;
}

/** The measure a node is sized (and ranked for labels) by. */
export function importance(graph: DiploGraph, by: ViewState['sizeBy']): Map<string, number> {
  if (by === 'weighted') return weightedDegrees(graph);
  const out = new Map<string, number>();
  graph.forEachNode((key, attrs) => out.set(key, by === 'degree' ? graph.degree(key) : attrs.mentions.length));
  return out;
}

/**
 * Sizes on a square-root scale up to a cap at the 99th percentile of the measure, so a corpus
 * where the United States has 900 edges still shows its second rank of actors as discs.
 */
export function sizeScale(values: Iterable<number>): (value: number) => number {
  const sorted = [...values].sort((a, b) => a - b);
  const cap = Math.max(1, sorted[Math.floor((sorted.length - 1) * 0.995)] ?? 1);
  return (value) => {
    const t = Math.sqrt(Math.min(value, cap) / cap);
    return Math.round((MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * t) * 100) / 100;
  };
}

/**
 * Writes node sizes (screen pixels) into the graph's optional `size` attribute, so sigma reads
 * them without a callback and an exported view keeps them. Returns the measure, for ranking.
 */
export function assignNodeSizes(graph: DiploGraph, by: ViewState['sizeBy']): Map<string, number> {
  const measure = importance(graph, by);
  const scale = sizeScale(measure.values());
  graph.updateEachNodeAttributes(
    (key, attrs) => {
      attrs.size = scale(measure.get(key) ?? 0);
      return attrs;
    },
    { attributes: ['size'] },
  );
  return measure;
}

/** Twelve colours that stay apart for the largest communities; the rest share a grey. */
export const COMMUNITY_PALETTE = [
  'rgb(37,99,235)',
  'rgb(234,88,12)',
  'rgb(22,163,74)',
  'rgb(220,38,38)',
  'rgb(147,51,234)',
  'rgb(202,138,4)',
  'rgb(8,145,178)',
  'rgb(219,39,119)',
  'rgb(101,163,13)',
  'rgb(79,70,229)',
  'rgb(180,83,9)',
  'rgb(13,148,136)',
] as const;
export const SMALL_COMMUNITY_COLOR = 'rgb(148,163,184)';

export interface Communities {
  /** Node -> community index, largest community first (0). */
  of: Map<string, number>;
  /** Sizes by index. */
  sizes: number[];
}

/**
 * Louvain communities over the stances and relations taken as undirected and weighted by
 * evidence (Louvain needs a simple graph: parallel edges are summed). Seeded, so the colours of
 * a graph are the same on every visit.
 */
export function detectCommunities(graph: DiploGraph): Communities {
  const simple = new UndirectedGraph<Record<string, unknown>, { weight: number }>();
  graph.forEachNode((key) => simple.addNode(key));
  graph.forEachEdge((_e, attrs, source, target) => {
    if (source === target) return;
    const w = attrs.family === 'relation' ? 1 : Math.max(0.1, attrs.weight);
    if (simple.hasEdge(source, target)) simple.updateEdgeAttribute(source, target, 'weight', (v) => (v ?? 0) + w);
    else simple.addEdge(source, target, { weight: w });
  });
  let seed = 7;
  const rng = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const raw: Record<string, number> = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight', rng }) : {};
  const counts = new Map<number, number>();
  for (const c of Object.values(raw)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const order = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const index = new Map(order.map((c, i) => [c, i]));
  const of = new Map<string, number>();
  // Isolated nodes are each their own community of one; they share the last index.
  graph.forEachNode((key) => of.set(key, raw[key] !== undefined ? index.get(raw[key])! : order.length));
  return { of, sizes: order.map((c) => counts.get(c)!) };
}

/** A community's colour: the palette for communities of three or more, grey for the rest. */
export function communityColor(communities: Communities, index: number): string {
  const size = communities.sizes[index] ?? 1;
  return index < COMMUNITY_PALETTE.length && size >= 3 ? COMMUNITY_PALETTE[index]! : SMALL_COMMUNITY_COLOR;
}

/** Writes node colours (by kind or community) into the optional `color` attribute. */
export function assignNodeColors(graph: DiploGraph, by: ViewState['nodeColor'], communities: () => Communities): void {
  const c = by === 'community' ? communities() : null;
  graph.updateEachNodeAttributes(
    (key, attrs) => {
      attrs.color = c ? communityColor(c, c.of.get(key) ?? Infinity) : nodeColor(attrs);
      return attrs;
    },
    { attributes: ['color'] },
  );
}
