// Loading a graph file: schema first, then the cross-references the schema cannot see.
// Every failure names the JSON path of the first bad field.
import type { z } from 'zod';
import { GraphFileSchema, type GraphFile } from './graph-file.js';

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

/** Validates a parsed graph file; throws GraphFileError naming the first bad field. */
export function validateGraphFile(data: unknown): GraphFile {
  const parsed = GraphFileSchema.safeParse(data);
  if (!parsed.success) {
    const { path, message } = firstIssue(parsed.error);
    throw new GraphFileError(`graph-file: ${path}: ${message}`, path);
  }
  const file = parsed.data;
  const nodeKeys = new Set<string>();
  file.nodes.forEach((n, i) => {
    if (nodeKeys.has(n.key))
      throw new GraphFileError(`graph-file: $.nodes[${i}].key: duplicate node "${n.key}"`, `$.nodes[${i}].key`);
    nodeKeys.add(n.key);
  });
  const docs = new Map(file.attributes.documents.map((d) => [d.id, d]));
  file.attributes.documents.forEach((d, i) => {
    const p = `$.attributes.documents[${i}]`;
    if (d.text !== undefined && d.text.length !== d.chars)
      throw new GraphFileError(`graph-file: ${p}.chars: ${d.chars} but the text has ${d.text.length}`, `${p}.chars`);
  });
  file.nodes.forEach((n, i) => {
    n.attributes.mentions.forEach((m, j) => {
      const p = `$.nodes[${i}].attributes.mentions[${j}]`;
      if (m.end < m.start) throw new GraphFileError(`graph-file: ${p}.end: ends before it starts`, `${p}.end`);
      const doc = docs.get(m.doc);
      if (doc && m.end > doc.chars)
        throw new GraphFileError(
          `graph-file: ${p}.end: ${m.end} is past the end of document "${m.doc}" (${doc.chars} chars)`,
          `${p}.end`,
        );
    });
  });
  const edgeKeys = new Set<string>();
  file.edges.forEach((e, i) => {
    const at = `$.edges[${i}]`;
    if (edgeKeys.has(e.key)) throw new GraphFileError(`graph-file: ${at}.key: duplicate edge "${e.key}"`, `${at}.key`);
    edgeKeys.add(e.key);
    if (!nodeKeys.has(e.source))
      throw new GraphFileError(`graph-file: ${at}.source: unknown node "${e.source}"`, `${at}.source`);
    if (!nodeKeys.has(e.target))
      throw new GraphFileError(`graph-file: ${at}.target: unknown node "${e.target}"`, `${at}.target`);
    e.attributes.evidence.forEach((ev, j) => {
      const p = `${at}.attributes.evidence[${j}]`;
      if (ev.end < ev.start) throw new GraphFileError(`graph-file: ${p}.end: ends before it starts`, `${p}.end`);
      const doc = docs.get(ev.doc);
      if (doc && ev.end > doc.chars)
        throw new GraphFileError(
          `graph-file: ${p}.end: ${ev.end} is past the end of document "${ev.doc}" (${doc.chars} chars)`,
          `${p}.end`,
        );
    });
  });
  return file;
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
