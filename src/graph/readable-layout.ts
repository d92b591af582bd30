// The layout a reader can read: ForceAtlas2 with settings inferred from the graph, attraction
// spread over a hub's edges (a readouts corpus has one actor, the United States, on a third of
// all edges: without this it pulls everything into one knot), then a no-overlap pass. The viewer
// runs the same settings in its worker; `npm run sample:readouts` runs them here.
import fa2 from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import type { DiploGraph } from '../model/graph.js';

// CommonJS packages: Node hands over `module.exports`, TypeScript's types a `default` export.
type ForceAtlas2 = typeof fa2.default;
const forceAtlas2: ForceAtlas2 =
  (fa2 as unknown as { default?: ForceAtlas2 }).default ?? (fa2 as unknown as ForceAtlas2);
type Noverlap = typeof noverlapModule.default;
const noverlap: Noverlap =
  (noverlapModule as unknown as { default?: Noverlap }).default ?? (noverlapModule as unknown as Noverlap);

export type Fa2Settings = NonNullable<
  Parameters<ForceAtlas2>[1] extends infer P ? (P extends { settings?: infer S } ? S : never) : never
>;

/**
 * ForceAtlas2's inferred settings, plus: outbound attraction distribution (Gephi's "dissuade
 * hubs") so spokes of a hub spread out instead of piling on it, strong gravity so the small
 * components of a news graph stay near the main one, and Barnes-Hut above 500 nodes.
 */
export function readableSettings(graph: DiploGraph): Fa2Settings {
  const inferred = forceAtlas2.inferSettings(graph);
  return {
    ...inferred,
    outboundAttractionDistribution: true,
    strongGravityMode: true,
    gravity: graph.order > 300 ? 0.05 : 1,
    scalingRatio: graph.order > 300 ? 20 : 10,
    barnesHutOptimize: graph.order > 500,
    adjustSizes: false,
  };
}

/** The edge weight ForceAtlas2 pulls with: evidence, dampened, so one busy pair does not collapse. */
export function layoutWeight(_edge: string, attrs: { weight?: number }): number {
  return 1 + Math.log2(1 + Math.max(0, attrs.weight ?? 0));
}

/**
 * Moves overlapping nodes apart. Sizes are screen pixels while positions are graph units:
 * `unitsPerPixel` converts one into the other (the layout's extent over the viewport's size).
 */
export function removeOverlaps(graph: DiploGraph, unitsPerPixel: number, maxIterations = 60): void {
  if (graph.order < 2 || !(unitsPerPixel > 0)) return;
  noverlap.assign(graph, {
    maxIterations,
    settings: { margin: 3 * unitsPerPixel, ratio: 1.15, expansion: 1.1, gridSize: 20, speed: 3 },
    inputReducer: (_key: string, attrs: { x: number; y: number; size?: number }) => ({
      x: attrs.x,
      y: attrs.y,
      size: (attrs.size ?? 4) * unitsPerPixel,
    }),
  });
}

/** The extent of the positions (the larger of width and height). */
export function extent(graph: DiploGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_k, a) => {
    minX = Math.min(minX, a.x ?? 0);
    maxX = Math.max(maxX, a.x ?? 0);
    minY = Math.min(minY, a.y ?? 0);
    maxY = Math.max(maxY, a.y ?? 0);
  });
  return graph.order ? Math.max(maxX - minX, maxY - minY, 1e-9) : 1;
}

/** Synchronous readable layout, for scripts: FA2 from the current positions, then no overlap. */
export function readableLayout(graph: DiploGraph, iterations: number, viewportPixels = 900): void {
  if (graph.order > 1 && graph.size > 0) {
    forceAtlas2.assign(graph, { iterations, settings: readableSettings(graph), getEdgeWeight: layoutWeight });
  }
  removeOverlaps(graph, extent(graph) / viewportPixels);
}
