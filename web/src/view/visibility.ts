// Filtered view = the dataset's predicates (src/graph/filter.ts) + the viewer's ego network.
// The result is two sets of keys: the renderer hides the rest through sigma's node/edge state,
// so a filter change never rebuilds the graph.
import { edgeVisible, nodeVisible } from '../../../src/graph/filter.js';
import type { DocumentInfo } from '../../../src/model/graph-file.js';
import type { DiploGraph } from '../../../src/model/graph.js';
import { toViewFilter, type ViewState } from '../state/view-state.js';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Actors that pass the filters but have no visible edge (hidden unless `isolated`). */
  isolated: number;
}

export function computeVisibility(
  graph: DiploGraph,
  state: ViewState,
  documents: ReadonlyMap<string, DocumentInfo>,
): Visibility {
  const filter = toViewFilter(state);
  let nodes = new Set<string>();
  graph.forEachNode((key, attrs) => {
    if (nodeVisible(attrs, filter, documents)) nodes.add(key);
  });
  let edges = new Set<string>();
  graph.forEachEdge((key, attrs, source, target) => {
    if (nodes.has(source) && nodes.has(target) && edgeVisible(attrs, filter, documents)) edges.add(key);
  });
  const center = state.selection?.type === 'node' ? state.selection.key : null;
  if (state.ego > 0 && center && nodes.has(center)) {
    const reached = new Set([center]);
    let frontier = [center];
    for (let hop = 0; hop < state.ego; hop++) {
      const next: string[] = [];
      for (const node of frontier) {
        graph.forEachEdge(node, (edge, _a, source, target) => {
          if (!edges.has(edge)) return;
          const other = source === node ? target : source;
          if (!reached.has(other)) {
            reached.add(other);
            next.push(other);
          }
        });
      }
      frontier = next;
    }
    nodes = reached;
    const egoEdges = new Set<string>();
    for (const edge of edges)
      if (reached.has(graph.source(edge)) && reached.has(graph.target(edge))) egoEdges.add(edge);
    edges = egoEdges;
  }
  // Isolated actors: counted, and hidden unless asked for (the selection always stays).
  const linked = new Set<string>();
  for (const edge of edges) {
    linked.add(graph.source(edge));
    linked.add(graph.target(edge));
  }
  let isolated = 0;
  for (const node of nodes) if (!linked.has(node)) isolated++;
  if (!state.isolated && isolated > 0) {
    const kept = new Set<string>();
    for (const node of nodes) if (linked.has(node) || node === center) kept.add(node);
    nodes = kept;
  }
  return { nodes, edges, isolated };
}
