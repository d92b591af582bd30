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

/** Values below this depth are written by parts; deeper ones (a node, one evidence) whole. */
const PART_DEPTH = 5;

function* parts(value: unknown, depth: number): Generator<string> {
  if (depth >= PART_DEPTH || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // JSON.stringify indents from column 0: shift every line to this depth (strings in JSON
    // never hold a raw newline, so each \n is a line break of the layout).
    const json = JSON.stringify(value, null, 1);
    yield depth === 0 ? json : json.replace(/\n/g, `\n${' '.repeat(depth)}`);
    return;
  }
  const pad = ' '.repeat(depth + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i > 0 ? ',' : ''}\n${pad}`;
      const v: unknown = value[i];
      yield* parts(v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : v, depth + 1);
    }
    yield `\n${' '.repeat(depth)}]`;
    return;
  }
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined && typeof o[k] !== 'function' && typeof o[k] !== 'symbol');
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < keys.length; i++) {
    yield `${i > 0 ? ',' : ''}\n${pad}${JSON.stringify(keys[i])}: `;
    yield* parts(o[keys[i]!], depth + 1);
  }
  yield `\n${' '.repeat(depth)}}`;
}

/**
 * The same bytes as `serializeGraph`, as a sequence of strings of about `size` characters: a
 * graph file can be larger than the longest string JavaScript can hold (~512 MB), so writers
 * of large graphs write it part by part instead of building it whole.
 */
export function* serializeGraphParts(graph: DiploGraph, size = 1 << 22): Generator<string> {
  let buffer = '';
  for (const part of parts(sortKeys(toGraphFile(graph)), 0)) {
    buffer += part;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}\n`;
}
