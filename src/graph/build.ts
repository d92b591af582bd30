// Extractions -> graphology graph. One document's entities are already resolved; across
// documents, graphs are merged (merge.ts), so building many = merging their one-document graphs.
import { MultiDirectedGraph } from 'graphology';
import type { DocumentExtraction } from '../model/extraction.js';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-file.js';
import type { DiploGraph } from '../model/graph.js';
import { relationKey, stanceKey } from '../model/keys.js';
import { GRAPH_SCHEMA_VERSION, STANCES } from '../model/vocab.js';
import { GraphAccumulator, documentParts } from './merge.js';
import { summariseEdge } from './summarise.js';

export function createGraph(): DiploGraph {
  const graph: DiploGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ schema: GRAPH_SCHEMA_VERSION, documents: [] });
  return graph;
}

export interface BuildOptions {
  /** Keep documents[].text (default true); `--no-text` drops it. */
  text?: boolean;
}

export function documentGraph(extraction: DocumentExtraction, options: BuildOptions = {}): DiploGraph {
  const graph = createGraph();
  const document = { ...extraction.document };
  if (options.text === false) delete document.text;
  graph.setAttribute('documents', [document]);
  for (const e of extraction.entities) {
    const attrs: NodeAttributes = {
      kind: e.kind,
      label: e.label,
      aliases: [...e.aliases].sort(),
      mentions: e.mentions,
    };
    if (e.country) attrs.country = e.country;
    if (e.subtype) attrs.subtype = e.subtype;
    graph.addNode(e.key, attrs);
  }
  const docs = new Map([[document.id, document]]);
  for (const e of extraction.edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const key =
      e.family === 'stance' ? stanceKey(e.source, e.target, e.kind) : relationKey(e.source, e.target, e.kind, e.title);
    if (graph.hasEdge(key)) {
      // In place: the array is this function's own, and copying it per sentence was quadratic.
      graph.getEdgeAttribute(key, 'evidence').push(e.evidence);
      continue;
    }
    let attrs: EdgeAttributes;
    if (e.family === 'stance') {
      const info = STANCES[e.kind];
      attrs = {
        family: 'stance',
        kind: e.kind,
        polarity: info.polarity,
        cameo: e.cameo,
        goldstein: 0,
        weight: 0,
        evidence: [e.evidence],
      };
    } else {
      attrs = { family: 'relation', kind: e.kind, weight: 0, evidence: [e.evidence] };
      if (e.title) attrs.title = e.title;
      if (e.host) attrs.host = e.host;
    }
    graph.addDirectedEdgeWithKey(key, e.source, e.target, attrs);
  }
  graph.updateEachEdgeAttributes((_key, attrs) => summariseEdge(attrs, docs));
  return graph;
}

/** The merged graph of many extractions: the same as merging their `documentGraph`s, faster. */
export function buildGraph(extractions: readonly DocumentExtraction[], options: BuildOptions = {}): DiploGraph {
  const acc = new GraphAccumulator();
  for (const x of extractions) acc.addParts(documentParts(x, options));
  return acc.toGraph();
}
