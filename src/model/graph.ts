import type { MultiDirectedGraph } from 'graphology';
import type { DocumentInfo, EdgeAttributes, GraphAttributes, NodeAttributes } from './graph-file.js';

/** The in-memory graph: a graphology MultiDirectedGraph with diplograph's attributes. */
export type DiploGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * The graph's documents. The attribute is typed as a graph file has it, but a graph built through
 * the library API rather than read from a file may not carry it yet: it then has none.
 */
export function graphDocuments(graph: DiploGraph): readonly DocumentInfo[] {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- absent on hand-built graphs
  return graph.getAttribute('documents') ?? [];
}
