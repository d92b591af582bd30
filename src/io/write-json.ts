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
  const edges = data.edges
    .map((e) => ({ attributes: e.attributes, key: e.key, source: e.source, target: e.target }))
    .sort(byKey);
  return {
    attributes: data.attributes,
    edges,
    nodes,
    options: { allowSelfLoops: false, multi: true, type: 'directed' },
  };
}

export function serializeGraph(graph: DiploGraph): string {
  return `${JSON.stringify(sortKeys(toGraphFile(graph)), null, 1)}\n`;
}

/** Values this deep (one mention, one evidence) are always written whole. */
const PART_DEPTH = 5;
/** Values from this depth on (a node, an edge, the documents of a small graph) are written
 * whole when they are small: one `JSON.stringify` call for each, or for a group of them. */
const WHOLE_DEPTH = 2;
/** What "small" means, in characters of JSON (roughly), and the most one group holds. */
const GROUP_CHARS = 1 << 20;
const GROUP_ITEMS = 1024;

/** Roughly how long the JSON of `value` is, counted until it passes `limit`. */
function size(value: unknown, limit: number): number {
  if (typeof value === 'string') return value.length + 2;
  if (value === null || typeof value !== 'object') return 8;
  let n = 2;
  if (Array.isArray(value)) {
    for (const v of value) {
      n += size(v, limit - n) + 4;
      if (n > limit) break;
    }
    return n;
  }
  for (const k in value) {
    n += k.length + 6 + size((value as Record<string, unknown>)[k], limit - n);
    if (n > limit) break;
  }
  return n;
}

/** Written by `JSON.stringify` alone: not an object to walk, or as deep as parts go. */
function atomic(value: unknown, depth: number): boolean {
  return (
    value === null ||
    typeof value !== 'object' ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function' ||
    depth >= PART_DEPTH
  );
}

/**
 * Elements of an array at `depth - 1`, written by one `JSON.stringify` call: wrapped in as many
 * objects as it takes for the native indentation to be that of `depth`, then cut out (a slice,
 * not a copy), which spares re-indenting them line by line.
 */
function group(items: unknown[], depth: number): string {
  let wrapped: unknown = items;
  let head = `[\n${' '.repeat(depth)}`;
  let tail = `\n${' '.repeat(depth - 1)}]`;
  for (let d = depth - 2; d >= 0; d--) {
    wrapped = { a: wrapped };
    head = `{\n${' '.repeat(d + 1)}"a": ${head}`;
    tail = `${tail}\n${' '.repeat(d)}}`;
  }
  const json = JSON.stringify(wrapped, null, 1);
  return json.slice(head.length, json.length - tail.length);
}

function* parts(value: unknown, depth: number): Generator<string> {
  if (atomic(value, depth) || (depth >= WHOLE_DEPTH && size(value, GROUP_CHARS) <= GROUP_CHARS)) {
    // JSON.stringify indents from column 0: shift every line to this depth (strings in JSON
    // never hold a raw newline, so each \n is a line break of the layout).
    const json = JSON.stringify(value, null, 1);
    yield depth === 0 || !json.includes('\n') ? json : json.replace(/\n/g, `\n${' '.repeat(depth)}`);
    return;
  }
  const pad = ' '.repeat(depth + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    // Runs of small elements go out in groups; a large one by parts.
    let sep = '\n';
    const next = () => {
      const s = `${sep}${pad}`;
      sep = ',\n';
      return s;
    };
    let run: unknown[] = [];
    let chars = 0;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const n = atomic(v, depth + 1) ? 0 : depth + 1 < WHOLE_DEPTH ? Infinity : size(v, GROUP_CHARS);
      if (n > GROUP_CHARS) {
        if (run.length > 0) yield `${next()}${group(run, depth + 1)}`;
        run = [];
        chars = 0;
        yield next();
        yield* parts(v, depth + 1);
        continue;
      }
      run.push(v);
      chars += n;
      if (chars >= GROUP_CHARS || run.length >= GROUP_ITEMS) {
        yield `${next()}${group(run, depth + 1)}`;
        run = [];
        chars = 0;
      }
    }
    if (run.length > 0) yield `${next()}${group(run, depth + 1)}`;
    yield `\n${' '.repeat(depth)}]`;
    return;
  }
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o).filter(
    (k) => o[k] !== undefined && typeof o[k] !== 'function' && typeof o[k] !== 'symbol',
  );
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
