// The loaded dataset: one validated graph file, from the page itself (standalone export), a URL,
// a dropped file or pasted text. Loading never trusts the data: it goes through the schema.
import { MultiDirectedGraph } from 'graphology';
import fa2 from 'graphology-layout-forceatlas2';
import { parse as parseGexf } from 'graphology-gexf/browser/index.js';
import type { DocumentInfo } from '../../../src/model/graph-file.js';
import type { DiploGraph } from '../../../src/model/graph.js';
import { GRAPH_SCHEMA_VERSION } from '../../../src/model/vocab.js';
import { validateGraphFile, validateGraphFileStaged } from '../../../src/model/validate.js';
import { graphFromFile } from '../../../src/io/read-graph.js';
import { hashKey, seededRandom } from '../../../src/graph/seeded.js';

// A CommonJS package: bundlers hand over `module.exports`, TypeScript's types a `default` export.
type ForceAtlas2 = typeof fa2.default;
export const forceAtlas2: ForceAtlas2 =
  (fa2 as unknown as { default?: ForceAtlas2 }).default ?? (fa2 as unknown as ForceAtlas2);

export interface Dataset {
  graph: DiploGraph;
  /** What to call it in the UI: a file name or "pasted text". */
  name: string;
  documents: Map<string, DocumentInfo>;
  /**
   * A large file's validation still to run (validateGraphFileStaged): each step checks a slice of
   * its items and throws, naming the field, if the file turns out bad.
   */
  pendingValidation?: Generator<void, void, void>;
}

/** Files with more edges than this are drawn after a first stage of validation, the rest following. */
export const STAGED_VALIDATION_EDGES = 20_000;

/** The id of the inline data block written by `diplograph export --format html`. */
export const EMBEDDED_DATA_ID = 'diplograph-data';

export function datasetFromGraph(graph: DiploGraph, name: string): Dataset {
  ensurePositions(graph);
  const documents = new Map(graph.getAttribute('documents').map((d) => [d.id, d]));
  return { graph, name, documents };
}

export function datasetFromJson(text: string, name: string): Dataset {
  let data: unknown;
  try {
    data = JSON.parse(text);
    performance.mark('diplograph:json');
  } catch (err) {
    throw new Error(`${name}: not valid JSON (${(err as Error).message})`);
  }
  try {
    const edges = (data as { edges?: unknown } | null)?.edges;
    if (Array.isArray(edges) && edges.length > STAGED_VALIDATION_EDGES) {
      // The schema over 100k edges takes seconds: the graph is drawn first, the rest checked after.
      const { file, rest } = validateGraphFileStaged(data);
      performance.mark('diplograph:validated');
      return { ...datasetFromGraph(graphFromFile(file), name), pendingValidation: rest };
    }
    const file = validateGraphFile(data);
    performance.mark('diplograph:validated');
    return datasetFromGraph(graphFromFile(file), name);
  } catch (err) {
    throw new Error(`${name}: ${(err as Error).message}`);
  }
}

/** A graph file's text, JSON or GEXF (sniffed: GEXF starts with "<"). */
export function datasetFromText(text: string, name: string): Dataset {
  return text.trimStart().startsWith('<') ? datasetFromGexf(text, name) : datasetFromJson(text, name);
}

/** The graph inlined in the page, if any, and whether it is read-only. */
export function embeddedDataset(doc: Document = document): { dataset: Dataset; readonly: boolean } | null {
  const el = doc.getElementById(EMBEDDED_DATA_ID);
  if (!el || el.tagName !== 'SCRIPT') return null;
  const text = el.textContent;
  if (!text.trim()) return null;
  return {
    dataset: datasetFromJson(text, el.getAttribute('data-name') ?? 'embedded graph'),
    readonly: el.hasAttribute('data-readonly'),
  };
}

/** The graph file's download started by the page itself (web/index.html), if any. */
interface Prefetch {
  url: string;
  response: Promise<Response | null>;
}

/** The page's early download of `url` (taken once: a body reads once), or null. */
async function takePrefetched(url: string): Promise<Response | null> {
  const holder = window as unknown as { diplographPrefetch?: Prefetch };
  const prefetch = holder.diplographPrefetch;
  if (prefetch?.url !== url) return null;
  delete holder.diplographPrefetch;
  return prefetch.response;
}

export async function fetchDataset(url: string): Promise<Dataset> {
  const response = (await takePrefetched(url)) ?? (await fetch(url));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const name = decodeURIComponent(url.split(/[?#]/)[0]!.split('/').pop() || url);
  const text = await response.text();
  performance.mark('diplograph:fetched');
  const dataset = datasetFromText(text, name);
  performance.mark('diplograph:parsed');
  return dataset;
}

// --- GEXF ------------------------------------------------------------------------------------
// diplograph's GEXF keeps lists and evidence as JSON strings; Gephi's own files have none of our
// attributes. Both are coerced into the graph file shape, then validated like any file.

function jsonOr<T>(value: unknown, fallback: T): T {
  if (Array.isArray(value)) return value as T;
  if (typeof value === 'string' && value.trim().startsWith('[')) {
    try {
      return JSON.parse(value) as T;
    } catch {
      return fallback;
    }
  }
  if (typeof value === 'string' && value) return value.split('|') as T;
  return fallback;
}

/** A GEXF value as text: strings, numbers and booleans; anything else counts as missing. */
const scalarText = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

/** A copy of `a` without those of `keys` that the file left empty or null. */
const withoutEmpty = (a: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(Object.entries(a).filter(([k, v]) => !(keys.includes(k) && (v === '' || v === null))));

export function datasetFromGexf(text: string, name: string): Dataset {
  let parsed;
  try {
    parsed = parseGexf(MultiDirectedGraph, text, { addMissingNodes: true });
  } catch (err) {
    throw new Error(`${name}: not a readable GEXF file (${(err as Error).message})`);
  }
  const nodeKinds = new Set(['person', 'state', 'organisation', 'group']);
  const nodes = parsed.mapNodes((key: string, a: Record<string, unknown>) => {
    const attrs = withoutEmpty(a, ['country', 'subtype', 'color']);
    attrs.kind = nodeKinds.has(String(a.kind)) ? a.kind : 'organisation';
    attrs.label = scalarText(a.label) || key;
    attrs.aliases = jsonOr<string[]>(a.aliases, []);
    attrs.mentions = jsonOr<unknown[]>(a.mentions, []).filter((m) => typeof m === 'object');
    return { key, attributes: attrs };
  });
  const edges = parsed.mapEdges((key: string, a: Record<string, unknown>, source: string, target: string) => {
    const attrs = withoutEmpty(a, ['firstDate', 'lastDate', 'title', 'host', 'color']);
    attrs.family = a.family === 'relation' ? 'relation' : 'stance';
    attrs.evidence = jsonOr<unknown[]>(a.evidence, []).filter((m) => typeof m === 'object');
    attrs.weight = Number(a.weight ?? 1) || 0;
    if (attrs.family === 'stance') {
      attrs.polarity = Number(a.polarity) === -1 ? -1 : 1;
      attrs.goldstein = Number(a.goldstein ?? 0) || 0;
      attrs.cameo =
        typeof a.cameo === 'string' && /^\d{2,4}$/.test(a.cameo)
          ? a.cameo
          : (scalarText(a.cameo) ?? '04').padStart(2, '0');
    }
    return { key, source, target, attributes: attrs };
  });
  const graphAttrs = parsed.getAttributes();
  const documents = jsonOr<unknown[]>(graphAttrs.documents, []);
  const file = {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { schema: GRAPH_SCHEMA_VERSION, documents },
    nodes,
    edges: edges.filter((e: { source: string; target: string }) => e.source !== e.target),
  };
  try {
    return datasetFromGraph(graphFromFile(validateGraphFile(file)), name);
  } catch (err) {
    throw new Error(`${name}: ${(err as Error).message}`);
  }
}

// --- positions -------------------------------------------------------------------------------

/**
 * Positions from the file when every node has them; otherwise a seeded random start, refined by
 * a short synchronous ForceAtlas2 when the graph is small enough to do it instantly.
 */
export function ensurePositions(graph: DiploGraph): void {
  let missing = 0;
  graph.forEachNode((_k, a) => {
    if (typeof a.x !== 'number' || typeof a.y !== 'number') missing++;
  });
  if (missing === 0) return;
  const spread = Math.sqrt(graph.order) * 10;
  graph.updateEachNodeAttributes((key, a) => {
    if (typeof a.x === 'number' && typeof a.y === 'number') return a;
    const rand = seededRandom(hashKey(key));
    return { ...a, x: (rand() - 0.5) * spread, y: (rand() - 0.5) * spread };
  });
  if (graph.order <= 2000 && graph.size > 0) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, { iterations: graph.order <= 300 ? 200 : 60, settings, getEdgeWeight: null });
  }
}
