// The JSON writer: graphology's serialisation with sorted keys and arrays, so the same input
// always gives the same bytes.
import type { GraphFile } from '../model/graph-file.js';
import type { DiploGraph } from '../model/graph.js';

/**
 * The value with every object's keys in sorted order. Objects already in order are kept as they
 * are (the graph builders make them so), which spares copying a graph of a million values
 * before `JSON.stringify` walks it again; anything else is copied with its keys sorted and
 * undefined values left out, which `JSON.stringify` writes the same way.
 */
function sortKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const s = sortKeys(v);
      if (s !== v) (out ??= value.slice())[i] = s;
    }
    return out ?? value;
  }
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  const proto: unknown = Object.getPrototypeOf(o);
  let inOrder = proto === Object.prototype || proto === null;
  for (let i = 1; inOrder && i < keys.length; i++) inOrder = keys[i - 1]! < keys[i]!;
  if (inOrder) {
    let out: Record<string, unknown> | undefined;
    for (const k of keys) {
      const v = o[k];
      const s = sortKeys(v);
      if (s !== v) (out ??= { ...o })[k] = s;
    }
    return out ?? o;
  }
  const out: Record<string, unknown> = {};
  for (const k of keys.sort()) {
    const v = o[k];
    if (v !== undefined) out[k] = sortKeys(v);
  }
  return out;
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function toGraphFile(graph: DiploGraph): GraphFile {
  const data = graph.export() as unknown as GraphFile;
  const nodes = data.nodes.map((n) => ({ attributes: n.attributes, key: n.key })).sort(byKey);
  const edges = (data.edges ?? []).map((e) => ({ attributes: e.attributes, key: e.key, source: e.source, target: e.target })).sort(byKey);
  return { attributes: data.attributes, edges, nodes, options: { allowSelfLoops: false, multi: true, type: 'directed' } };
}

export function serializeGraph(graph: DiploGraph): string {
  return `${JSON.stringify(sortKeys(toGraphFile(graph)), null, 1)}\n`;
}
