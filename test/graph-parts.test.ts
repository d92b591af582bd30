// Raw graph parts (src/graph/merge.ts) and the extraction pool (src/pool): the fast path that
// corpora take must give the bytes of the plain one, `add(documentGraph(x))`, however the
// documents are cut into batches, threads and groups; and the graph written by parts must be
// the bytes of the graph written whole.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { createGraph, documentGraph } from '../src/graph/build.js';
import { GraphAccumulator, documentParts } from '../src/graph/merge.js';
import { serializeGraph, serializeGraphParts } from '../src/io/write-json.js';
import type { DocumentExtraction, ExtractedEdge, SourceDocument } from '../src/model/extraction.js';
import type { Evidence, GraphFile } from '../src/model/graph-file.js';
import { ExtractionPool } from '../src/pool/pool.js';

const ev = (doc: string, text: string, sentence: string, extra: Partial<Evidence> = {}): Evidence => {
  const start = text.indexOf(sentence);
  if (start === -1) throw new Error(`fixture: "${sentence}" not in ${doc}`);
  return { doc, start, end: start + sentence.length, quote: sentence, modality: 'asserted', ...extra };
};
const mentions = (doc: string, text: string, name: string) => {
  const out = [];
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1))
    out.push({ doc, start: i, end: i + name.length, form: 'name' as const });
  return out;
};

// Each document exercises something the parts must reproduce: repeated edges and spans within
// a document (the first one's title, host and evidence win), self-loops and edges to unknown
// nodes (dropped), speakers, bodies keyed by country, aliases joined across documents.
function doc1(): DocumentExtraction {
  const id = 'w1';
  const text =
    'Russian Foreign Minister Sergei Lavrov met Turkey. Lavrov said Russia criticised Turkey. Russia criticised Turkey.';
  const edges: ExtractedEdge[] = [
    {
      family: 'stance',
      kind: 'meets',
      source: 'person:sergei-lavrov',
      target: 'state:TR',
      cameo: '042',
      evidence: ev(id, text, 'Russian Foreign Minister Sergei Lavrov met Turkey.', { cameo: '042' }),
    },
    {
      family: 'stance',
      kind: 'criticises',
      source: 'state:RU',
      target: 'state:TR',
      cameo: '11',
      evidence: ev(id, text, 'Lavrov said Russia criticised Turkey.', {
        cameo: '11',
        speaker: 'person:sergei-lavrov',
        modality: 'reported',
      }),
    },
    // The same span again, with other attributes: the first record stays.
    {
      family: 'stance',
      kind: 'criticises',
      source: 'state:RU',
      target: 'state:TR',
      cameo: '12',
      evidence: ev(id, text, 'Lavrov said Russia criticised Turkey.', { cameo: '12' }),
    },
    {
      family: 'stance',
      kind: 'criticises',
      source: 'state:RU',
      target: 'state:TR',
      cameo: '11',
      evidence: ev(id, text, 'Russia criticised Turkey.', { cameo: '11', speaker: 'person:nobody' }),
    },
    {
      family: 'relation',
      kind: 'role',
      source: 'person:sergei-lavrov',
      target: 'state:RU',
      title: 'Foreign Minister',
      evidence: ev(id, text, 'Russian Foreign Minister Sergei Lavrov'),
    },
    {
      family: 'relation',
      kind: 'role',
      source: 'person:sergei-lavrov',
      target: 'state:RU',
      title: 'Foreign  Minister',
      host: 'state:TR',
      evidence: ev(id, text, 'Foreign Minister Sergei Lavrov'),
    },
    {
      family: 'stance',
      kind: 'meets',
      source: 'state:RU',
      target: 'state:RU',
      cameo: '04',
      evidence: ev(id, text, 'Russia criticised Turkey.'),
    },
    {
      family: 'stance',
      kind: 'meets',
      source: 'state:RU',
      target: 'state:XX',
      cameo: '04',
      evidence: ev(id, text, 'Russia criticised Turkey.'),
    },
  ];
  return {
    document: { id, chars: text.length, text, date: '1987-03-02', title: 'Lavrov in Ankara' },
    entities: [
      {
        key: 'person:sergei-lavrov',
        kind: 'person',
        label: 'Sergei Lavrov',
        aliases: ['Lavrov'],
        country: 'RU',
        mentions: [...mentions(id, text, 'Sergei Lavrov'), ...mentions(id, text, 'Lavrov said')],
      },
      { key: 'state:RU', kind: 'state', label: 'Russia', aliases: ['Russian'], mentions: mentions(id, text, 'Russia') },
      { key: 'state:TR', kind: 'state', label: 'Turkey', aliases: [], mentions: mentions(id, text, 'Turkey') },
    ],
    edges,
  };
}

function doc2(): DocumentExtraction {
  const id = 'w2';
  const text = 'Lavrov criticised Turkey. The Finance Ministry of Japan met Turkey.';
  return {
    document: { id, chars: text.length, text, date: '1987-03-05' },
    entities: [
      { key: 'person:lavrov', kind: 'person', label: 'Lavrov', aliases: [], mentions: mentions(id, text, 'Lavrov') },
      { key: 'state:TR', kind: 'state', label: 'Turkey', aliases: ['Turkish'], mentions: mentions(id, text, 'Turkey') },
      {
        key: 'organisation:JP:finance-ministry',
        kind: 'organisation',
        label: 'Finance Ministry (Japan)',
        aliases: ['Finance Ministry'],
        country: 'JP',
        subtype: 'government',
        mentions: mentions(id, text, 'Finance Ministry'),
      },
    ],
    edges: [
      {
        family: 'stance',
        kind: 'criticises',
        source: 'person:lavrov',
        target: 'state:TR',
        cameo: '11',
        evidence: ev(id, text, 'Lavrov criticised Turkey.', { cameo: '111', speaker: 'person:lavrov' }),
      },
      {
        family: 'stance',
        kind: 'meets',
        source: 'organisation:JP:finance-ministry',
        target: 'state:TR',
        cameo: '04',
        evidence: ev(id, text, 'The Finance Ministry of Japan met Turkey.', { modality: 'negated' }),
      },
    ],
  };
}

function doc3(): DocumentExtraction {
  const id = 'w3';
  const text = 'Russia and Turkey met. Russian officials criticised Turkey.';
  return {
    document: { id, chars: text.length, text, url: 'https://example.org/w3' },
    entities: [
      { key: 'state:RU', kind: 'state', label: 'Russia', aliases: ['Russian'], mentions: mentions(id, text, 'Russia') },
      { key: 'state:TR', kind: 'state', label: 'Turkey', aliases: [], mentions: mentions(id, text, 'Turkey') },
    ],
    edges: [
      {
        family: 'stance',
        kind: 'meets',
        source: 'state:RU',
        target: 'state:TR',
        cameo: '04',
        evidence: ev(id, text, 'Russia and Turkey met.'),
      },
      {
        family: 'stance',
        kind: 'criticises',
        source: 'state:RU',
        target: 'state:TR',
        cameo: '11',
        evidence: ev(id, text, 'Russian officials criticised Turkey.', { cameo: '11' }),
      },
    ],
  };
}

const DOCS = [doc1(), doc2(), doc3()];

function viaGraphs(docs: readonly DocumentExtraction[], text = true): string {
  const acc = new GraphAccumulator();
  for (const d of docs) acc.add(documentGraph(d, { text }));
  return serializeGraph(acc.toGraph());
}

function viaParts(docs: readonly DocumentExtraction[], text = true): string {
  const acc = new GraphAccumulator();
  for (const d of docs) acc.addParts(documentParts(d, { text }));
  return serializeGraph(acc.toGraph());
}

/** As the pool does: parts of groups of documents, merged elsewhere, sent without texts. */
function viaGroups(groups: readonly (readonly DocumentExtraction[])[]): string {
  const acc = new GraphAccumulator();
  for (const group of groups) {
    const local = new GraphAccumulator();
    for (const d of group) local.addParts(documentParts(d, { text: false }));
    const sent = structuredClone(local.parts());
    acc.addParts(sent, new Map(group.map((d) => [d.document.id, d.document.text!])));
  }
  return serializeGraph(acc.toGraph());
}

describe('documentParts and addParts', () => {
  it('give the bytes of adding documentGraph, with and without texts', () => {
    expect(viaParts(DOCS)).toBe(viaGraphs(DOCS));
    expect(viaParts(DOCS, false)).toBe(viaGraphs(DOCS, false));
    const one = JSON.parse(viaParts(DOCS)) as GraphFile;
    // The repeated span kept its first record; the self-loop and the unknown target are gone.
    const crit = one.edges.find((e) => e.key === 'stance:state:RU>state:TR:criticises');
    expect(crit?.attributes.evidence.filter((e) => e.doc === 'w1').map((e) => e.cameo)).toEqual(['11', '11']);
    expect(one.edges.some((e) => e.key.includes('state:XX') || e.key.includes('state:RU>state:RU'))).toBe(false);
    // The alias join across documents happened.
    expect(one.nodes.some((n) => n.key === 'person:lavrov')).toBe(false);
  });

  it('give the same bytes for any grouping and order of the documents', () => {
    const reference = viaGraphs(DOCS);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: DOCS.length, maxLength: DOCS.length }),
        fc.boolean(),
        (cut, reverse) => {
          const docs = reverse ? [...DOCS].reverse() : DOCS;
          const groups: DocumentExtraction[][] = [[], [], [], []];
          docs.forEach((d, i) => groups[cut[i]!]!.push(d));
          expect(viaGroups(groups.filter((g) => g.length > 0))).toBe(reference);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses an extraction that repeats an entity key, before adding anything', () => {
    const bad = doc3();
    bad.entities.push({ ...bad.entities[0]! });
    expect(() => documentParts(bad)).toThrow(/extracted twice/);
  });
});

// The pool with real articles: the sample split into paragraphs, in tiny batches so that
// several go to each thread. The threads run the compiled worker (built by global-setup).
describe('ExtractionPool', () => {
  const sample = readFileSync('graph-data/kerry-moscow.txt', 'utf8');
  const docs: SourceDocument[] = sample
    .split(/\n\s*\n/)
    .filter((p) => p.trim().length > 0)
    .map((text, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      text,
      date: `2016-10-${String(10 + (i % 9)).padStart(2, '0')}`,
    }));
  const workerUrl = new URL('../dist/src/pool/worker.js', import.meta.url);

  async function run(jobs: number, text: boolean, split: boolean) {
    const all = new GraphAccumulator();
    const odd = new GraphAccumulator();
    const seen: string[] = [];
    const pool = new ExtractionPool<number>(
      { jobs, text, batchChars: 1500, workerUrl },
      {
        targets: (i) => (split && i % 2 === 1 ? [all, odd] : [all]),
        onResult: (o) => seen.push('error' in o ? `error ${o.meta}` : `ok ${o.meta}`),
      },
    );
    try {
      for (const [i, d] of docs.entries()) await pool.push(d, i);
      await pool.finish();
    } finally {
      await pool.close();
    }
    return { all: serializeGraph(all.toGraph()), odd: serializeGraph(odd.toGraph()), seen: seen.sort() };
  }

  it('gives the bytes of one thread with two, texts or not, and fills each group', async () => {
    expect(docs.length).toBeGreaterThan(8);
    const reference = viaGraphs(docs.map((d) => extractDocument(d)));
    const one = await run(1, true, true);
    const two = await run(2, true, true);
    expect(one.all).toBe(reference);
    expect(two.all).toBe(reference);
    expect(two.odd).toBe(one.odd);
    expect(two.odd).toBe(viaGraphs(docs.filter((_, i) => i % 2 === 1).map((d) => extractDocument(d))));
    expect(two.seen).toEqual(docs.map((_, i) => `ok ${i}`).sort());
    const bare = await run(2, false, false);
    expect(bare.all).toBe(
      viaGraphs(
        docs.map((d) => extractDocument(d)),
        false,
      ),
    );
  });
});

describe('serializeGraphParts', () => {
  it('gives the bytes of serializeGraph, with large documents and nodes written by parts', () => {
    const g = createGraph();
    const big = 'word '.repeat(300_000);
    const docs = [
      { id: 'big', chars: big.length, text: big },
      ...Array.from({ length: 3000 }, (_, i) => ({ id: `d${i}`, chars: 5, text: 'a "b"\n' })),
    ];
    g.setAttribute('documents', docs);
    const mentions = Array.from({ length: 25_000 }, (_, i) => ({
      doc: 'big',
      start: i,
      end: i + 1,
      form: 'name' as const,
    }));
    g.addNode('state:US', { kind: 'state', label: 'United States', aliases: [], mentions });
    g.addNode('state:RU', {
      kind: 'state',
      label: 'Russia',
      aliases: ['Russian'],
      mentions: mentions.slice(0, 3),
      x: 1.5,
      y: -0,
    });
    g.addDirectedEdgeWithKey('stance:state:US>state:RU:meets', 'state:US', 'state:RU', {
      family: 'stance',
      kind: 'meets',
      polarity: 1,
      cameo: '04',
      goldstein: 1,
      weight: 1,
      evidence: [{ doc: 'big', start: 0, end: 4, quote: 'word', modality: 'asserted' }],
    });
    const json = serializeGraph(g);
    const chunks = [...serializeGraphParts(g, 1 << 16)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(json);
  });

  it('gives the bytes of serializeGraph for any extra attribute values', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.array(fc.jsonValue(), { maxLength: 40 }),
        (extra, list) => {
          const g = createGraph();
          g.setAttribute('documents', [{ id: 'x', chars: 1, text: 'x' }]);
          g.addNode('state:FR', { ...extra, kind: 'state', label: 'France', aliases: [], mentions: [], list } as never);
          expect([...serializeGraphParts(g, 8)].join('')).toBe(serializeGraph(g));
        },
      ),
      { numRuns: 100 },
    );
  });
});
