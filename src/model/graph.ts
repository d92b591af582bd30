import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './graph-file.js';

/** The in-memory graph: a graphology MultiDirectedGraph with diplograph's attributes. */
export type DiploGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
