// Loading a graph file: schema first, then the cross-references the schema cannot see.
// Every failure names the JSON path of the first bad field.
import { z } from 'zod';
import { GraphFileSchema, SerializedEdgeSchema, SerializedNodeSchema, type GraphFile } from './graph-file.js';

export class GraphFileError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'GraphFileError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
  return out;
}

function firstIssue(error: z.ZodError): { path: string; message: string } {
  // A discriminated union reports the branch issues nested: take the deepest first one.
  let issue = error.issues[0]!;
  let path: PropertyKey[] = [...issue.path];
  while (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.errors[0]!.length > 0) {
    const inner = issue.errors[0]![0]!;
    path = [...path, ...inner.path];
    issue = inner;
  }
  return { path: formatPath(path), message: issue.message };
}

/** Throws GraphFileError for the first issue of a failed parse, its path under `prefix`. */
function check<T>(result: z.ZodSafeParseResult<T>, prefix: readonly PropertyKey[] = []): T {
  if (result.success) return result.data;
  const { path, message } = firstIssue(result.error);
  const full = formatPath(prefix) + path.slice(1);
  throw new GraphFileError(`graph-file: ${full}: ${message}`, full);
}

type Documents = ReadonlyMap<string, { chars: number }>;

/** An offset range within its document: ends after it starts and not past the document's end. */
function checkSpan(m: { doc: string; start: number; end: number }, p: string, docs: Documents): void {
  if (m.end < m.start) throw new GraphFileError(`graph-file: ${p}.end: ends before it starts`, `${p}.end`);
  const doc = docs.get(m.doc);
  if (doc && m.end > doc.chars)
    throw new GraphFileError(
      `graph-file: ${p}.end: ${m.end} is past the end of document "${m.doc}" (${doc.chars} chars)`,
      `${p}.end`,
    );
}

function checkDocuments(file: Pick<GraphFile, 'attributes'>): Documents {
  file.attributes.documents.forEach((d, i) => {
    const p = `$.attributes.documents[${i}]`;
    if (d.text !== undefined && d.text.length !== d.chars)
      throw new GraphFileError(`graph-file: ${p}.chars: ${d.chars} but the text has ${d.text.length}`, `${p}.chars`);
  });
  return new Map(file.attributes.documents.map((d) => [d.id, d]));
}

function checkNodeKey(key: string, i: number, nodeKeys: Set<string>): void {
  if (nodeKeys.has(key))
    throw new GraphFileError(`graph-file: $.nodes[${i}].key: duplicate node "${key}"`, `$.nodes[${i}].key`);
  nodeKeys.add(key);
}

function checkMentions(n: GraphFile['nodes'][number], i: number, docs: Documents): void {
  n.attributes.mentions.forEach((m, j) => checkSpan(m, `$.nodes[${i}].attributes.mentions[${j}]`, docs));
}

function checkEdgeEnds(
  e: { key: string; source: string; target: string },
  i: number,
  nodeKeys: ReadonlySet<string>,
  edgeKeys: Set<string>,
): void {
  const at = `$.edges[${i}]`;
  if (edgeKeys.has(e.key)) throw new GraphFileError(`graph-file: ${at}.key: duplicate edge "${e.key}"`, `${at}.key`);
  edgeKeys.add(e.key);
  if (!nodeKeys.has(e.source))
    throw new GraphFileError(`graph-file: ${at}.source: unknown node "${e.source}"`, `${at}.source`);
  if (!nodeKeys.has(e.target))
    throw new GraphFileError(`graph-file: ${at}.target: unknown node "${e.target}"`, `${at}.target`);
}

function checkEvidence(e: GraphFile['edges'][number], i: number, docs: Documents): void {
  e.attributes.evidence.forEach((ev, j) => checkSpan(ev, `$.edges[${i}].attributes.evidence[${j}]`, docs));
}

/** Validates a parsed graph file; throws GraphFileError naming the first bad field. */
export function validateGraphFile(data: unknown): GraphFile {
  const file = check(GraphFileSchema.safeParse(data));
  const nodeKeys = new Set<string>();
  file.nodes.forEach((n, i) => checkNodeKey(n.key, i, nodeKeys));
  const docs = checkDocuments(file);
  file.nodes.forEach((n, i) => checkMentions(n, i, docs));
  const edgeKeys = new Set<string>();
  file.edges.forEach((e, i) => {
    checkEdgeEnds(e, i, nodeKeys, edgeKeys);
    checkEvidence(e, i, docs);
  });
  return file;
}

/** The file around its items: everything the schema says but the nodes' and edges' contents. */
const GraphShellSchema = GraphFileSchema.extend({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) });

/** How many of the first nodes and edges a staged validation checks in full before it returns. */
const STAGED_SAMPLE = 500;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isKey = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** A graph file checked enough to build and draw, and the rest of its validation, in slices. */
export interface StagedValidation {
  file: GraphFile;
  /** Each step validates a slice of the remaining items; throws GraphFileError on the first bad field. */
  rest: Generator<void, void, void>;
}

/**
 * Validation in two stages for large files, where the schema over every item takes seconds. The
 * first stage checks what building and drawing the graph rely on: the file's shell and documents,
 * each node's and edge's key, ends and attribute object, unique keys and known ends, and the first
 * STAGED_SAMPLE items in full (a file written wrongly throughout fails here). `rest` then runs the
 * schema over every other item, `slice` items per step, so it can run while the page is idle.
 * Errors read as validateGraphFile's (the same path and message for a given bad field).
 */
export function validateGraphFileStaged(data: unknown, slice = 1000): StagedValidation {
  const shell = check(GraphShellSchema.safeParse(data));
  const docs = checkDocuments(shell);
  const nodeKeys = new Set<string>();
  const nodes = shell.nodes;
  const edges = shell.edges;
  const node = (i: number) => {
    const n = check(SerializedNodeSchema.safeParse(nodes[i]), ['nodes', i]);
    checkMentions(n, i, docs);
  };
  const edge = (i: number) => checkEvidence(check(SerializedEdgeSchema.safeParse(edges[i]), ['edges', i]), i, docs);
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    // The schema names what is wrong with an item that fails the quick test.
    if (!isRecord(n) || !isKey(n.key) || !isRecord(n.attributes)) node(i);
    checkNodeKey((n as { key: string }).key, i, nodeKeys);
    if (i < STAGED_SAMPLE) node(i);
  }
  const edgeKeys = new Set<string>();
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    if (!isRecord(e) || !isKey(e.key) || !isKey(e.source) || !isKey(e.target) || !isRecord(e.attributes)) edge(i);
    checkEdgeEnds(e as { key: string; source: string; target: string }, i, nodeKeys, edgeKeys);
    if (i < STAGED_SAMPLE) edge(i);
  }
  function* rest(): Generator<void, void, void> {
    for (let i = STAGED_SAMPLE; i < nodes.length; i++) {
      node(i);
      if ((i - STAGED_SAMPLE) % slice === slice - 1) yield;
    }
    for (let i = STAGED_SAMPLE; i < edges.length; i++) {
      edge(i);
      if ((i - STAGED_SAMPLE) % slice === slice - 1) yield;
    }
  }
  return { file: shell as GraphFile, rest: rest() };
}

/** Parses JSON text and validates it; errors start with the source name. */
export function parseGraphFile(json: string, source = 'graph'): GraphFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new GraphFileError(`${source}: not valid JSON (${(err as Error).message})`, '$');
  }
  try {
    return validateGraphFile(data);
  } catch (err) {
    if (err instanceof GraphFileError) throw new GraphFileError(`${source}: ${err.message}`, err.path);
    throw err;
  }
}
