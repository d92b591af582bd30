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

/**
 * The layout: one record a line. The top-level keys and the elements of the shallow arrays (the
 * documents, the edges, the nodes) each start a line; everything inside a record is compact JSON.
 * A file stays readable and diffable line by line (one line per actor, per edge), without the
 * indentation that made up a third of a graph of many short records; each line is one
 * `JSON.parse`-able value once its trailing comma is dropped.
 */
export function serializeGraph(graph: DiploGraph): string {
  return [...serializeGraphParts(graph, Infinity)].join('');
}

/** Arrays at this depth or shallower list their elements one a line (edges and nodes: 1, documents: 2). */
const LINE_DEPTH = 2;
/** Values this deep (one mention, one evidence) are always written whole. */
const PART_DEPTH = 5;
/** What "small" means, in characters of JSON (roughly), and the most one group holds: a small
 * value is written by one `JSON.stringify` call, a large one (a node named 100,000 times) by parts. */
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

/** Whether a value at `depth` lays its parts out over lines (so is never written whole). */
const laidOut = (value: unknown, depth: number) => depth === 0 || (Array.isArray(value) && depth <= LINE_DEPTH);

/** An array element's JSON; `JSON.stringify` gives undefined for undefined, which an array writes as null. */
const element = (v: unknown) => (JSON.stringify(v) as string | undefined) ?? 'null';

function* parts(value: unknown, depth: number): Generator<string> {
  const lines = laidOut(value, depth);
  if (!lines && (atomic(value, depth) || (depth > 1 && size(value, GROUP_CHARS) <= GROUP_CHARS))) {
    yield JSON.stringify(value);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    const sep = lines ? ',\n' : ',';
    yield lines ? '[\n' : '[';
    // Runs of small elements go out in groups; a large one by parts.
    let first = true;
    let run: unknown[] = [];
    let chars = 0;
    const flush = () => {
      const text = `${first ? '' : sep}${run.map(element).join(sep)}`;
      first = false;
      run = [];
      chars = 0;
      return text;
    };
    for (const v of value as unknown[]) {
      const n = atomic(v, depth + 1) ? 0 : laidOut(v, depth + 1) ? Infinity : size(v, GROUP_CHARS);
      if (n > GROUP_CHARS) {
        if (run.length > 0) yield flush();
        if (!first) yield sep;
        first = false;
        yield* parts(v, depth + 1);
        continue;
      }
      run.push(v);
      chars += n;
      if (chars >= GROUP_CHARS || run.length >= GROUP_ITEMS) yield flush();
    }
    if (run.length > 0) yield flush();
    yield lines ? '\n]' : ']';
    return;
  }
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o).filter(
    (k) => o[k] !== undefined && typeof o[k] !== 'function' && typeof o[k] !== 'symbol',
  );
  const sep = depth === 0 ? ',\n' : ',';
  yield '{';
  for (let i = 0; i < keys.length; i++) {
    yield `${i > 0 ? sep : ''}${JSON.stringify(keys[i])}:`;
    yield* parts(o[keys[i]!], depth + 1);
  }
  yield '}';
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
