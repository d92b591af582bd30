// Merging graphs across documents: nodes by key, edges by key (same source, target, kind),
// evidence concatenated and de-duplicated, derived attributes recomputed.
import type { DocumentInfo, NodeAttributes } from '../model/graph-file.js';
import type { DiploGraph } from '../model/graph.js';
import { createGraph } from './build.js';
import { summariseEdge } from './summarise.js';

function mergeNode(a: NodeAttributes, b: NodeAttributes): NodeAttributes {
  const aliases = [...new Set([...a.aliases, ...b.aliases, a.label, b.label])].sort();
  const seen = new Set<string>();
  const mentions = [...a.mentions, ...b.mentions]
    .filter((m) => {
      const id = `${m.doc}\u0000${m.start}\u0000${m.end}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start || x.end - y.end));
  // The label is the longest name (ties: alphabetical), so the merge does not depend on order.
  const label = [a.label, b.label].sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0))[0]!;
  const out: NodeAttributes = { ...a, ...b, label, aliases: aliases.filter((n) => n !== label), mentions };
  const country = a.country ?? b.country;
  if (country) out.country = country;
  return out;
}

export function mergeGraphs(graphs: readonly DiploGraph[]): DiploGraph {
  const out = createGraph();
  const documents = new Map<string, DocumentInfo>();
  for (const g of graphs) {
    for (const d of g.getAttribute('documents')) if (!documents.has(d.id)) documents.set(d.id, d);
    g.forEachNode((key, attrs) => {
      if (out.hasNode(key)) out.replaceNodeAttributes(key, mergeNode(out.getNodeAttributes(key), attrs));
      else out.addNode(key, { ...attrs });
    });
  }
  for (const g of graphs) {
    g.forEachEdge((key, attrs, source, target) => {
      if (out.hasEdge(key)) out.updateEdgeAttribute(key, 'evidence', (ev) => [...(ev ?? []), ...attrs.evidence]);
      else out.addDirectedEdgeWithKey(key, source, target, { ...attrs });
    });
  }
  out.setAttribute('documents', [...documents.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  out.updateEachEdgeAttributes((_k, attrs) => summariseEdge(attrs, documents));
  return out;
}
