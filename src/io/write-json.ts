// The JSON writer: graphology's serialisation with sorted keys and arrays, so the same input
// always gives the same bytes.
import type { GraphFile } from '../model/graph-file.js';
import type { DiploGraph } from '../model/graph.js';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function toGraphFile(graph: DiploGraph): GraphFile {
  const data = graph.export() as unknown as GraphFile;
  const nodes = data.nodes.map((n) => ({ key: n.key, attributes: n.attributes })).sort(byKey);
  const edges = (data.edges ?? []).map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: e.attributes })).sort(byKey);
  return { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: data.attributes, nodes, edges };
}

export function serializeGraph(graph: DiploGraph): string {
  return `${JSON.stringify(sortKeys(toGraphFile(graph)), null, 1)}\n`;
}
