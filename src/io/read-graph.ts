// Graph file -> graphology graph, validated.
import { MultiDirectedGraph } from 'graphology';
import type { GraphFile } from '../model/graph-file.js';
import type { DiploGraph } from '../model/graph.js';
import { parseGraphFile } from '../model/validate.js';

export function graphFromFile(file: GraphFile): DiploGraph {
  const graph: DiploGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.import(file as unknown as Parameters<DiploGraph['import']>[0]);
  return graph;
}

/** Parses and validates graph JSON; `source` names the file in errors. */
export function parseGraph(json: string, source = 'graph'): DiploGraph {
  return graphFromFile(parseGraphFile(json, source));
}
