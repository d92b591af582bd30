// ForceAtlas2 layout for graph files: seeded, deterministic positions written on the nodes
// (x, y, size, color), so the viewer opens a laid-out graph and the same graph always gets
// the same picture.
import fa2 from 'graphology-layout-forceatlas2';
import type { DiploGraph } from '../model/graph.js';
import { ENTITY_COLORS } from '../model/vocab.js';
import { hashKey } from './seeded.js';

// A CommonJS package: Node hands over `module.exports`, TypeScript's types a `default` export.
type ForceAtlas2 = typeof fa2.default;
const forceAtlas2: ForceAtlas2 =
  (fa2 as unknown as { default?: ForceAtlas2 }).default ?? (fa2 as unknown as ForceAtlas2);

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default fewer for larger graphs. */
  iterations?: number;
}

export function defaultIterations(order: number): number {
  return order <= 1000 ? 200 : order <= 10_000 ? 100 : 50;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * Lays the graph out in place. Starting positions come from each key's hash (so a node keeps
 * its neighbourhood when others are added), then ForceAtlas2 runs synchronously; sizes grow
 * with the number of mentions, colours follow the entity kind.
 */
export function layoutGraph(graph: DiploGraph, options: LayoutOptions = {}): DiploGraph {
  const n = graph.order;
  const radius = Math.max(10, Math.sqrt(n) * 10);
  graph.forEachNode((key, attrs) => {
    const h = hashKey(key);
    const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
    const r = radius * Math.sqrt(((h >>> 16) + 1) / 0x10001);
    graph.mergeNodeAttributes(key, {
      x: r * Math.cos(angle),
      y: r * Math.sin(angle),
      size: round(Math.min(30, 4 + 2 * Math.sqrt(attrs.mentions.length))),
      color: ENTITY_COLORS[attrs.kind],
    });
  });
  if (n > 1 && graph.size > 0) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations: options.iterations ?? defaultIterations(n),
      settings: { ...settings, adjustSizes: false },
      getEdgeWeight: 'weight',
    });
  }
  graph.updateEachNodeAttributes((_key, attrs) => ({ ...attrs, x: round(attrs.x ?? 0), y: round(attrs.y ?? 0) }));
  return graph;
}
