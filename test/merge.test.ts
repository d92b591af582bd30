import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentGraph } from '../src/graph/build.js';
import { GraphAccumulator, mergeGraphs } from '../src/graph/merge.js';
import { parseGraph } from '../src/io/read-graph.js';
import { serializeGraph } from '../src/io/write-json.js';
import type { DocumentExtraction, ExtractedEdge, ExtractedEntity } from '../src/model/extraction.js';
import type { DiploGraph } from '../src/model/graph.js';
import type { EntityKind, MentionForm, StanceKind } from '../src/model/vocab.js';

// Small hand-written articles: entities and edges are spelled out, mentions found in the text.
interface EntitySpec {
  key: string;
  kind: EntityKind;
  label: string;
  names: string[];
  aliases?: string[];
  country?: string;
}
interface StanceSpec {
  source: string;
  target: string;
  kind: StanceKind;
  sentence: string;
  cameo?: string;
  speaker?: string;
  negated?: boolean;
}

function article(
  id: string,
  text: string,
  entities: EntitySpec[],
  stances: StanceSpec[] = [],
  date?: string,
): DocumentExtraction {
  const ents: ExtractedEntity[] = entities.map((e) => {
    const mentions = e.names.flatMap((name) => {
      const out: { doc: string; start: number; end: number; form: MentionForm }[] = [];
      for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
        out.push({ doc: id, start: i, end: i + name.length, form: name.includes(' ') ? 'name' : 'surname' });
      }
      if (out.length === 0) throw new Error(`fixture: "${name}" not in ${id}`);
      return out;
    });
    const ent: ExtractedEntity = { key: e.key, kind: e.kind, label: e.label, aliases: e.aliases ?? [], mentions };
    if (e.country) ent.country = e.country;
    return ent;
  });
  const edges: ExtractedEdge[] = stances.map((s) => {
    const start = text.indexOf(s.sentence);
    if (start === -1) throw new Error(`fixture: sentence not in ${id}`);
    const evidence = {
      doc: id,
      start,
      end: start + s.sentence.length,
      quote: s.sentence,
      cameo: s.cameo ?? '04',
      modality: s.negated ? ('negated' as const) : ('asserted' as const),
    };
    return {
      family: 'stance',
      kind: s.kind,
      source: s.source,
      target: s.target,
      cameo: s.cameo ?? '04',
      evidence: s.speaker ? { ...evidence, speaker: s.speaker } : evidence,
    };
  });
  const document = { id, chars: text.length, text, ...(date ? { date } : {}) };
  return { document, entities: ents, edges };
}

const RU = { key: 'state:RU', kind: 'state' as const, label: 'Russia', names: ['Russia'] };
const US = { key: 'state:US', kind: 'state' as const, label: 'United States', names: ['United States'] };
const TR = { key: 'state:TR', kind: 'state' as const, label: 'Turkey', names: ['Turkey'] };

const A_TEXT = 'Russian Foreign Minister Sergei Lavrov met the United States envoy. Lavrov said Russia wants talks.';
const docA = article(
  'a',
  A_TEXT,
  [
    {
      key: 'person:sergei-lavrov',
      kind: 'person',
      label: 'Sergei Lavrov',
      names: ['Sergei Lavrov', 'Lavrov said'.slice(0, 6)],
      aliases: ['Lavrov'],
      country: 'RU',
    },
    US,
    RU,
  ],
  [
    {
      source: 'person:sergei-lavrov',
      target: 'state:US',
      kind: 'meets',
      sentence: 'Russian Foreign Minister Sergei Lavrov met the United States envoy.',
      cameo: '042',
    },
  ],
  '2016-10-10',
);
const B_TEXT = 'Lavrov criticised Turkey on Monday. Russia and Turkey met in Ankara.';
const docB = article(
  'b',
  B_TEXT,
  [{ key: 'person:lavrov', kind: 'person', label: 'Lavrov', names: ['Lavrov'] }, TR, RU],
  [
    {
      source: 'person:lavrov',
      target: 'state:TR',
      kind: 'criticises',
      sentence: 'Lavrov criticised Turkey on Monday.',
      cameo: '11',
      speaker: 'person:lavrov',
    },
    { source: 'state:RU', target: 'state:TR', kind: 'meets', sentence: 'Russia and Turkey met in Ankara.' },
  ],
  '2016-10-12',
);
const C_TEXT = 'The writer Ivan Lavrov visited Turkey. Lavrov met readers in Istanbul, Turkey.';
const docC = article(
  'c',
  C_TEXT,
  [
    {
      key: 'person:ivan-lavrov',
      kind: 'person',
      label: 'Ivan Lavrov',
      names: ['Ivan Lavrov', 'Lavrov met'.slice(0, 6)],
      aliases: ['Lavrov'],
    },
    TR,
  ],
  [
    {
      source: 'person:ivan-lavrov',
      target: 'state:TR',
      kind: 'meets',
      sentence: 'The writer Ivan Lavrov visited Turkey.',
      cameo: '042',
    },
  ],
);
const D_TEXT = 'Russia criticised the United States. Russia did not threaten the United States.';
const docD = article(
  'd',
  D_TEXT,
  [RU, US],
  [
    {
      source: 'state:RU',
      target: 'state:US',
      kind: 'criticises',
      sentence: 'Russia criticised the United States.',
      cameo: '11',
    },
    {
      source: 'state:RU',
      target: 'state:US',
      kind: 'threatens',
      sentence: 'Russia did not threaten the United States.',
      cameo: '13',
      negated: true,
    },
  ],
  '2016-09-30',
);
const E_TEXT = 'The Finance Ministry of Japan and the Finance Ministry of Greece spoke. Tokyo criticised Athens.';
const docE = article('e', E_TEXT, [
  {
    key: 'organisation:JP:finance-ministry',
    kind: 'organisation',
    label: 'Finance Ministry',
    names: ['Finance Ministry of Japan'],
    country: 'JP',
  },
]);
const F_TEXT = 'Greece said its Finance Ministry would pay. The ministry said Greece would pay.';
const docF = article('f', F_TEXT, [
  {
    key: 'organisation:GR:finance-ministry',
    kind: 'organisation',
    label: 'Finance Ministry',
    names: ['Finance Ministry'],
    country: 'GR',
  },
]);

const ALL = [docA, docB, docC, docD, docE, docF];
const bytes = (g: DiploGraph) => serializeGraph(g);
const graphs = (docs: DocumentExtraction[]) => docs.map((d) => documentGraph(d));
/** Through the file format and back, as `diplograph merge` reads shards. */
const roundTrip = (g: DiploGraph) => parseGraph(serializeGraph(g), 'test');

describe('mergeGraphs', () => {
  it('joins nodes by key and unions names, mentions and documents', () => {
    const g = mergeGraphs(graphs([docB, docD]));
    expect(g.getNodeAttribute('state:RU', 'mentions').map((m) => m.doc)).toEqual(['b', 'd', 'd']);
    expect(g.getAttribute('documents').map((d) => d.id)).toEqual(['b', 'd']);
  });

  it('de-duplicates evidence by (doc, start, end) and recounts weight', () => {
    const once = mergeGraphs(graphs([docD]));
    const twice = mergeGraphs(graphs([docD, docD, docD]));
    expect(bytes(twice)).toBe(bytes(once));
    const key = 'stance:state:RU>state:US:criticises';
    expect(twice.getEdgeAttribute(key, 'evidence')).toHaveLength(1);
    expect(twice.getEdgeAttribute(key, 'weight')).toBe(1);
    // Negated evidence stays, and counts for nothing.
    const threat = twice.getEdgeAttributes('stance:state:RU>state:US:threatens');
    expect(threat.evidence).toHaveLength(1);
    expect(threat.weight).toBe(0);
  });

  it('recomputes dates and Goldstein from the merged evidence', () => {
    const g = mergeGraphs(graphs([docA, docB, docD]));
    const meets = g.getEdgeAttributes('stance:state:RU>state:TR:meets');
    expect(meets.firstDate).toBe('2016-10-12');
    const crit = g.getEdgeAttributes('stance:state:RU>state:US:criticises');
    expect(crit).toMatchObject({
      weight: 1,
      cameo: '11',
      goldstein: -2,
      firstDate: '2016-09-30',
      lastDate: '2016-09-30',
    });
  });

  it('merges edges with the same source, target and kind across documents', () => {
    const later = article(
      'g',
      'Russia and Turkey met again in Moscow.',
      [RU, TR],
      [
        {
          source: 'state:RU',
          target: 'state:TR',
          kind: 'meets',
          sentence: 'Russia and Turkey met again in Moscow.',
          cameo: '046',
        },
      ],
      '2016-11-02',
    );
    const g = mergeGraphs(graphs([later, docB]));
    const meets = g.getEdgeAttributes('stance:state:RU>state:TR:meets');
    expect(meets.evidence.map((e) => e.doc)).toEqual(['b', 'g']);
    expect(meets).toMatchObject({
      weight: 2,
      cameo: '04',
      goldstein: 4,
      firstDate: '2016-10-12',
      lastDate: '2016-11-02',
    });
  });

  it('joins a bare surname to the one full name that has it as an alias', () => {
    const g = mergeGraphs(graphs([docA, docB]));
    expect(g.hasNode('person:lavrov')).toBe(false);
    const lavrov = g.getNodeAttributes('person:sergei-lavrov');
    expect(lavrov.label).toBe('Sergei Lavrov');
    expect(lavrov.mentions.filter((m) => m.doc === 'b')).toHaveLength(1);
    expect(lavrov.joined).toEqual([{ key: 'person:lavrov', label: 'Lavrov', aliases: [], docs: ['b'] }]);
    // The edge and the speaker follow the join.
    const crit = g.getEdgeAttributes('stance:person:sergei-lavrov>state:TR:criticises');
    expect(crit.evidence[0]!.speaker).toBe('person:sergei-lavrov');
  });

  it('keeps a bare surname apart when two people could be meant', () => {
    const g = mergeGraphs(graphs([docA, docB, docC]));
    expect(g.hasNode('person:lavrov')).toBe(true);
    expect(g.hasNode('person:sergei-lavrov')).toBe(true);
    expect(g.hasNode('person:ivan-lavrov')).toBe(true);
    expect(g.getNodeAttribute('person:sergei-lavrov', 'joined')).toBeUndefined();
    // ... and a later shard that brings the second Lavrov undoes an earlier join.
    const staged = mergeGraphs([roundTrip(mergeGraphs(graphs([docA, docB]))), documentGraph(docC)]);
    expect(bytes(staged)).toBe(bytes(g));
  });

  it('does not join across different countries, nor two entities of one document', () => {
    const bRu = article('b2', B_TEXT, [
      { key: 'person:lavrov', kind: 'person', label: 'Lavrov', names: ['Lavrov'], country: 'UA' },
    ]);
    expect(mergeGraphs(graphs([docA, bRu])).hasNode('person:lavrov')).toBe(true);
    const both = article('ab', A_TEXT, [
      {
        key: 'person:sergei-lavrov',
        kind: 'person',
        label: 'Sergei Lavrov',
        names: ['Sergei Lavrov'],
        aliases: ['Lavrov'],
      },
      { key: 'person:lavrov', kind: 'person', label: 'Lavrov', names: ['Lavrov said'.slice(0, 6)] },
    ]);
    expect(mergeGraphs(graphs([both])).order).toBe(2);
  });

  it('does not join names whose documents are years apart', () => {
    const wire = article(
      'w1987',
      'Bush met Gorbachev.',
      [{ key: 'person:bush', kind: 'person', label: 'Bush', names: ['Bush'] }],
      [],
      '1987-02-26',
    );
    const bbc = article(
      'b2004',
      'George W. Bush spoke. Bush said so.',
      [
        {
          key: 'person:george-w-bush',
          kind: 'person',
          label: 'George W. Bush',
          names: ['George W. Bush'],
          aliases: ['Bush'],
        },
      ],
      [],
      '2004-11-03',
    );
    expect(mergeGraphs(graphs([wire, bbc])).hasNode('person:bush')).toBe(true);
    const soon = article(
      'b1990',
      'George W. Bush spoke. Bush said so.',
      [
        {
          key: 'person:george-w-bush',
          kind: 'person',
          label: 'George W. Bush',
          names: ['George W. Bush'],
          aliases: ['Bush'],
        },
      ],
      [],
      '1990-06-01',
    );
    expect(mergeGraphs(graphs([wire, soon])).hasNode('person:bush')).toBe(false);
  });

  it('labels bodies keyed by country with the country, without stacking the suffix', () => {
    const alone = mergeGraphs(graphs([docE]));
    expect(alone.getNodeAttributes('organisation:JP:finance-ministry')).toMatchObject({
      label: 'Finance Ministry (Japan)',
      aliases: [],
    });
    const g = mergeGraphs(graphs([docE, docF]));
    expect(g.getNodeAttribute('organisation:JP:finance-ministry', 'label')).toBe('Finance Ministry (Japan)');
    expect(g.getNodeAttribute('organisation:GR:finance-ministry', 'label')).toBe('Finance Ministry (Greece)');
    // As the extractor writes it, or as a graph file has it: the same node.
    const labelled = article('e', E_TEXT, [
      {
        key: 'organisation:JP:finance-ministry',
        kind: 'organisation',
        label: 'Finance Ministry (Japan)',
        names: ['Finance Ministry of Japan'],
        country: 'JP',
      },
    ]);
    expect(bytes(mergeGraphs(graphs([labelled])))).toBe(bytes(alone));
    expect(bytes(mergeGraphs([roundTrip(g), roundTrip(g)]))).toBe(bytes(g));
  });

  it('refuses a roll-up view', () => {
    const g = mergeGraphs(graphs([docD]));
    g.setAttribute('rollup', true);
    expect(() => mergeGraphs([g])).toThrow(/roll-up/);
  });

  it('the accumulator equals mergeGraphs and reports its documents', () => {
    const acc = new GraphAccumulator();
    for (const g of graphs(ALL)) acc.add(g);
    expect(acc.documentCount).toBe(6);
    expect(bytes(acc.toGraph())).toBe(bytes(mergeGraphs(graphs(ALL))));
  });
});

describe('merge is associative and commutative', () => {
  const single = bytes(mergeGraphs(graphs(ALL)));

  it('shards merged in any order and grouping give the bytes of one run', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(ALL, { minLength: ALL.length, maxLength: ALL.length }),
        fc.array(fc.integer({ min: 1, max: ALL.length - 1 }), { maxLength: 3 }),
        fc.boolean(),
        (order, cuts, nested) => {
          const bounds = [0, ...new Set(cuts)].sort((a, b) => a - b).concat(order.length);
          const shards = bounds
            .slice(0, -1)
            .map((b, i) => roundTrip(mergeGraphs(graphs(order.slice(b, bounds[i + 1])))));
          // Nested: ((s1 + s2) + s3) + ...; flat: merge(s1, s2, s3, ...).
          const merged = nested
            ? shards.slice(1).reduce((acc, s) => roundTrip(mergeGraphs([acc, s])), shards[0]!)
            : mergeGraphs(shards.reverse());
          expect(bytes(merged)).toBe(single);
        },
      ),
      { numRuns: 60, seed: 20161010 },
    );
  });

  it('merging a graph with itself changes nothing', () => {
    const g = parseGraph(single, 'single');
    expect(bytes(mergeGraphs([g, g]))).toBe(single);
  });
});
