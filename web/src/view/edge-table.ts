// A displayed graph's edges as parallel arrays, built once per graph. A filter walks every edge
// twice (which pass, which changed); graphology's forEachEdge calls back with seven arguments per
// edge, and on 100k edges that iteration was most of a filter's script time. The viewer never adds
// or drops an edge of a graph it shows (a paste, a merge or a roll-up makes a new graph), and
// attributes are the graph's own objects, updated in place (appearance.ts returns the object it
// is given), so the table stays true; a size change rebuilds it.
import type { EdgeAttributes } from '../../../src/model/graph-file.js';
import type { DiploGraph } from '../../../src/model/graph.js';

export interface EdgeTable {
  keys: string[];
  attributes: EdgeAttributes[];
  sources: string[];
  targets: string[];
}

const tables = new WeakMap<DiploGraph, EdgeTable>();

export function edgeTable(graph: DiploGraph): EdgeTable {
  const known = tables.get(graph);
  if (known?.keys.length === graph.size) return known;
  const table: EdgeTable = { keys: [], attributes: [], sources: [], targets: [] };
  graph.forEachEdge((key, attributes, source, target) => {
    table.keys.push(key);
    table.attributes.push(attributes);
    table.sources.push(source);
    table.targets.push(target);
  });
  tables.set(graph, table);
  return table;
}
