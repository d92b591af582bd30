// Builds graph-data/wh-readouts.json (`npm run sample:readouts`): the White House readouts of
// 2021–2025 (public domain, ../shared/corpus/wh-readouts), extracted by the CLI without their
// texts, then made into a sample a colleague can open in a second:
// - actors without any stance or relation are left out (77% of the extracted nodes: names in
//   lists of attendees); the viewer hides them by default anyway;
// - a node keeps its first mention in each document (which documents name it is what the
//   viewer shows; every later mention in the same readout adds bytes, not information);
// - a role or membership keeps one evidence sentence per month (Biden's presidency has 1,584, one
//   per readout; the timeline still finds it in every month), its weight counting those; stances
//   keep all their evidence;
// - documents get short ids (date and a letter: 2022-02-24-b), the titles and URLs stay;
// - positions come from the viewer's readable layout (ForceAtlas2 for hubs, then no overlap).
// Usage: node --import tsx scripts/build-readouts-sample.ts [corpus dir] [output file]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../src/io/atomic.js';
import { parseGraph } from '../src/io/read-graph.js';
import { serializeGraph } from '../src/io/write-json.js';
import { layoutGraph } from '../src/graph/layout.js';
import { readableLayout } from '../src/graph/readable-layout.js';
import type { DiploGraph } from '../src/model/graph.js';

const ROOT = resolve(import.meta.dirname, '..');
const corpus = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'corpus', 'wh-readouts'));
const output = resolve(process.argv[3] ?? join(ROOT, 'graph-data', 'wh-readouts.json'));

function extract(): DiploGraph {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-readouts-'));
  const raw = join(dir, 'raw.json');
  try {
    execFileSync(process.execPath, [join(ROOT, 'bin', 'diplograph.js'), 'extract', corpus, '--no-text', '-o', raw], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    return parseGraph(readFileSync(raw, 'utf8'), raw);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function dropIsolated(graph: DiploGraph): number {
  const isolated = graph.filterNodes((key) => graph.degree(key) === 0);
  for (const key of isolated) graph.dropNode(key);
  return isolated.length;
}

function firstMentionPerDocument(graph: DiploGraph): void {
  graph.updateEachNodeAttributes((_key, attrs) => {
    const seen = new Set<string>();
    attrs.mentions = attrs.mentions.filter((m) => !seen.has(m.doc) && seen.add(m.doc));
    return attrs;
  });
}

function trimRelationEvidence(graph: DiploGraph): void {
  const month = new Map(graph.getAttribute('documents').map((d) => [d.id, d.date?.slice(0, 7) ?? '']));
  graph.updateEachEdgeAttributes((_k, a) => {
    if (a.family !== 'relation') return a;
    const seen = new Set<string>();
    const evidence = a.evidence.filter((e) => {
      const m = `${month.get(e.doc)}|${e.modality === 'negated'}`;
      return !seen.has(m) && seen.add(m);
    });
    return { ...a, evidence, weight: evidence.filter((e) => e.modality !== 'negated').length };
  });
}

/** 2021-01-26-readout-of-president-… -> 2021-01-26-a, -b, … in file order within a day. */
function shortenDocumentIds(graph: DiploGraph): void {
  const documents = graph.getAttribute('documents');
  const ids = new Map<string, string>();
  const perDay = new Map<string, number>();
  for (const doc of documents) {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(doc.id)?.[0] ?? doc.date ?? 'undated';
    const n = perDay.get(day) ?? 0;
    perDay.set(day, n + 1);
    ids.set(doc.id, `${day}-${n < 26 ? String.fromCharCode(97 + n) : `z${n}`}`);
  }
  const rename = (id: string) => {
    const short = ids.get(id);
    if (!short) throw new Error(`build-readouts-sample: evidence names an unknown document "${id}"`);
    return short;
  };
  graph.setAttribute(
    'documents',
    documents.map((d) => ({ ...d, id: rename(d.id) })),
  );
  graph.updateEachNodeAttributes((_k, a) => {
    const out = { ...a, mentions: a.mentions.map((m) => ({ ...m, doc: rename(m.doc) })) };
    if (a.joined) out.joined = a.joined.map((j) => ({ ...j, docs: j.docs.map(rename) }));
    return out;
  });
  graph.updateEachEdgeAttributes((_k, a) => ({
    ...a,
    evidence: a.evidence.map((e) => ({ ...e, doc: rename(e.doc) })),
  }));
}

const graph = extract();
const before = { nodes: graph.order, edges: graph.size };
const dropped = dropIsolated(graph);
firstMentionPerDocument(graph);
trimRelationEvidence(graph);
shortenDocumentIds(graph);
// Seeded start, sizes and colours from the library's layout, then the readable layout on top.
layoutGraph(graph, { iterations: 1 });
readableLayout(graph, 600);
graph.updateEachNodeAttributes((_k, a) => ({
  ...a,
  x: Math.round(a.x! * 1000) / 1000,
  y: Math.round(a.y! * 1000) / 1000,
}));
// The graph file layout (one record a line), so that a rebuilt sample diffs record by record.
const json = serializeGraph(graph);
await writeFileAtomic(output, json);
process.stderr.write(
  `build-readouts-sample: ${before.nodes} nodes, ${before.edges} edges extracted; ${dropped} without edges left out; ` +
    `wrote ${graph.order} nodes, ${graph.size} edges, ${(json.length / 1e6).toFixed(1)} MB to ${output}\n`,
);
