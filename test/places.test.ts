import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/build.js';
import { rollUpToStates } from '../src/graph/rollup.js';
import { extractDocument } from '../src/extract/index.js';
import { scoreGold } from '../src/eval/score.js';
import { GoldFileSchema } from '../src/eval/gold.js';
import { writeCsv } from '../src/io/write-csv.js';
import { writeGexf } from '../src/io/write-gexf.js';
import { writeSvg } from '../src/io/write-svg.js';
import { toGraphFile } from '../src/io/write-json.js';
import { validateGraphFile } from '../src/model/validate.js';
import { capitalUsedAsPlace } from '../src/lexicon/places.js';
import { defaultViewState, toViewFilter } from '../web/src/state/view-state.js';

const extract = (text: string, date?: string) => extractDocument({ id: 'd', text, ...(date ? { date } : {}) });
const kinds = (text: string) =>
  extract(text)
    .entities.filter((e) => e.mentions.length > 0)
    .map((e) => `${e.kind} ${e.key}`);

describe('capitals: the government or a place', () => {
  it('reads the words before a capital', () => {
    expect(capitalUsedAsPlace(['in', 'talks'])).toBe(true);
    expect(capitalUsedAsPlace(['near', 'fighting'])).toBe(true);
    expect(capitalUsedAsPlace(['in', 'arrived'])).toBe(false);
    expect(capitalUsedAsPlace(['from', 'returned'])).toBe(true);
    expect(capitalUsedAsPlace(['from', 'message'])).toBe(false);
    expect(capitalUsedAsPlace(['in'], "'s")).toBe(false);
    expect(capitalUsedAsPlace(['said'])).toBe(false);
  });

  it('keeps "Moscow said" the state and makes "talks in Moscow" a place of that state', () => {
    const x = extract('Moscow said the talks in Moscow had gone well.');
    const moscow = x.entities.find((e) => e.key === 'place:moscow')!;
    expect(moscow).toMatchObject({ kind: 'place', label: 'Moscow', country: 'RU' });
    expect(moscow.mentions).toHaveLength(1);
    expect(x.entities.find((e) => e.key === 'state:RU')!.mentions).toHaveLength(1);
    expect(x.edges.filter((e) => e.kind === 'part-of').map((e) => `${e.source}>${e.target}`)).toEqual([
      'place:moscow>state:RU',
    ]);
  });

  it('keeps a capital that is the destination of a visit, and one in a possessive, the government', () => {
    expect(kinds('Kerry arrived in Moscow on Monday.')).toEqual(['state state:RU']);
    expect(kinds("Nothing changed in Beijing's view.")).toEqual(['state state:CN']);
  });

  it('places a capital in the state of its time', () => {
    const x = extract('The two leaders held talks in Moscow.', '1987-03-02');
    expect(x.entities.find((e) => e.key === 'place:moscow')?.country).toBe('SU');
  });

  it('knows cities, regions and seas that are not capitals', () => {
    expect(kinds('Iraqi forces entered Mosul while shelling hit Aleppo.')).toEqual([
      'place place:aleppo',
      'place place:mosul',
      'state state:IQ',
    ]);
    // The longest name wins: the gulf, not the state it is named after.
    expect(kinds('Piracy in the Gulf of Guinea worries the navies.')).toEqual(['place place:gulf-of-guinea']);
  });

  it('never makes a place an actor: no stance or role ends at it', () => {
    const x = extract('Russian jets bombed Aleppo. Mayor of Kharkiv Ihor Terekhov condemned Russia in Kharkiv.');
    const ends = x.edges.filter((e) => e.kind !== 'part-of').flatMap((e) => [e.source, e.target]);
    expect(ends.some((k) => k.startsWith('place:'))).toBe(false);
    expect(x.entities.some((e) => e.key === 'place:aleppo')).toBe(true);
  });
});

describe('places in the graph and its views', () => {
  const graph = buildGraph([
    extract('Turkey criticised Russia during talks in Ankara. Fighting continued near Aleppo.'),
  ]);

  it('writes a valid graph file with place nodes and part-of edges', () => {
    expect(() => validateGraphFile(toGraphFile(graph))).not.toThrow();
    expect(graph.getNodeAttributes('place:ankara')).toMatchObject({ kind: 'place', country: 'TR' });
    expect(graph.hasEdge('relation:place:ankara>state:TR:part-of')).toBe(true);
  });

  it('does not fold places in a roll-up: they stay, part of their state', () => {
    const r = rollUpToStates(graph);
    expect(r.hasNode('place:ankara')).toBe(true);
    expect(r.hasEdge('relation:place:ankara>state:TR:part-of')).toBe(true);
    expect(r.getNodeAttribute('state:TR', 'folded')).toBeUndefined();
  });

  it('exports places in GEXF, CSV and SVG', () => {
    expect(writeGexf(graph)).toMatch(
      /<node id="place:ankara" label="Ankara">[\s\S]*?<attvalue for="kind" value="place"/,
    );
    expect(writeCsv(graph)['nodes.csv']).toMatch(/^place:ankara,Ankara,place,,TR,/m);
    expect(writeSvg(graph)).toContain('>place</text>');
  });

  it('hides places in the viewer by default', () => {
    const filter = toViewFilter(defaultViewState());
    expect(filter.kinds).toBeDefined();
    expect(filter.kinds).not.toContain('place');
    expect(filter.kinds).toContain('person');
  });

  it('scores places only against gold files that list places', () => {
    const doc = 'd';
    const base = {
      doc: `${doc}.txt`,
      entities: [
        { id: 'tr', kind: 'state', names: ['Turkey'] },
        { id: 'ru', kind: 'state', names: ['Russia'] },
      ],
    };
    const without = scoreGold(graph, GoldFileSchema.parse(base));
    expect(without.entities).toMatchObject({ tp: 2, fp: 0 });
    const withPlaces = scoreGold(
      graph,
      GoldFileSchema.parse({ ...base, entities: [...base.entities, { id: 'ank', kind: 'place', names: ['Ankara'] }] }),
    );
    // Ankara found; Aleppo, not in the gold, is now an extra.
    expect(withPlaces.entities).toMatchObject({ tp: 3, fp: 1, found: 3 });
  });
});
