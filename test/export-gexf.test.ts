import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse, write } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { createGraph } from '../src/graph/build.js';
import { rollUpToStates } from '../src/graph/rollup.js';
import { toRgb, writeGexf } from '../src/io/write-gexf.js';
import type { DiploGraph } from '../src/model/graph.js';
import { ENTITY_COLORS, STANCES } from '../src/model/vocab.js';
import { networkxRead, tempFile, xmllintValidate } from './fixtures/export-gexf-check.js';
import { sampleGraph } from './fixtures/export-sample.js';

/** Labels and colours that have broken GEXF writers: markup, quotes, scripts, CSS names. */
function trapGraph(): DiploGraph {
  const g = createGraph();
  g.setAttribute('documents', [
    { id: 'dated', chars: 100, date: '2014-03-18', title: 'A & B' },
    { id: 'undated', chars: 100 },
  ]);
  const m = (doc: string) => [{ doc, start: 0, end: 5, form: 'name' as const }];
  g.addNode('person:amp', {
    kind: 'person',
    label: 'Tom & Jerry <script>alert("x")</script>',
    aliases: ["O'Neil", 'A "B"'],
    mentions: m('dated'),
    color: 'tomato',
    size: 3,
  });
  g.addNode('person:lavrov', {
    kind: 'person',
    label: 'Сергей Лавров',
    aliases: ['Лавров'],
    mentions: m('undated'),
    color: '#abc',
    x: 1.5,
  });
  g.addNode('person:arabic', {
    kind: 'person',
    label: 'وليد المعلم',
    aliases: [],
    mentions: m('dated'),
    x: -3,
    y: 4.25,
    color: 'not-a-colour',
  });
  g.addNode('state:RU', { kind: 'state', label: 'Россия', aliases: [], mentions: [], color: 'rgba(10, 20, 30, 0.5)' });
  g.addNode('organisation:ctl', {
    kind: 'organisation',
    label: 'Bad\u0001Label\uFFFE\tTab',
    aliases: [],
    mentions: m('dated'),
    subtype: 'media',
    size: Number.NaN,
  });
  const ev = (doc: string, quote: string, modality: 'asserted' | 'negated' = 'asserted') => ({
    doc,
    start: 0,
    end: 10,
    quote,
    modality,
  });
  g.addDirectedEdgeWithKey('stance:person:amp>state:RU:criticises', 'person:amp', 'state:RU', {
    family: 'stance',
    kind: 'criticises',
    polarity: -1,
    cameo: '11',
    goldstein: -2,
    weight: 1,
    evidence: [ev('dated', 'He said: "</script> & <b>no</b>"\nnext line')],
    firstDate: '2014-03-18',
    lastDate: '2014-03-18',
  });
  g.addDirectedEdgeWithKey('stance:person:amp>state:RU:cooperates', 'person:amp', 'state:RU', {
    family: 'stance',
    kind: 'cooperates',
    polarity: 1,
    cameo: '05',
    goldstein: 3.5,
    weight: 1,
    evidence: [ev('undated', 'Мы договорились')],
    color: 'rebeccapurple',
  });
  g.addDirectedEdgeWithKey('relation:person:lavrov>state:RU:role:foreign-minister', 'person:lavrov', 'state:RU', {
    family: 'relation',
    kind: 'role',
    title: 'Министр иностранных дел',
    weight: 1,
    evidence: [ev('undated', 'x')],
  });
  g.addDirectedEdgeWithKey('stance:person:arabic>person:lavrov:meets', 'person:arabic', 'person:lavrov', {
    family: 'stance',
    kind: 'meets',
    polarity: 1,
    cameo: '04',
    goldstein: 1,
    weight: 0,
    evidence: [ev('dated', 'لم يلتق', 'negated')],
  });
  return g;
}

function checkAll(name: string, gexf: string) {
  const file = tempFile(`${name}.gexf`, gexf);
  const lint = xmllintValidate(file);
  expect(lint.output).toContain('validates');
  expect(lint.ok).toBe(true);
  return { file, nx: networkxRead(file) };
}

describe('writeGexf', () => {
  it('round-trips through graphology-gexf: nodes, edges, kinds, attributes', () => {
    const g = sampleGraph();
    const back = parse(MultiDirectedGraph as never, writeGexf(g));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    g.forEachNode((key, attrs) => {
      const b = back.getNodeAttributes(key);
      expect(b.label).toBe(attrs.label);
      expect(b.kind).toBe(attrs.kind);
      expect(b.mentionCount).toBe(attrs.mentions.length);
      expect(b.aliases ?? '').toBe(attrs.aliases.join('|'));
      if (attrs.country) expect(b.country).toBe(attrs.country);
      if (attrs.subtype) expect(b.subtype).toBe(attrs.subtype);
      expect(b.color).toBe(ENTITY_COLORS[attrs.kind]);
    });
    g.forEachEdge((key, attrs, source, target) => {
      const b = back.getEdgeAttributes(key);
      expect(back.source(key)).toBe(source);
      expect(back.target(key)).toBe(target);
      expect(b.kind).toBe(attrs.kind);
      expect(b.family).toBe(attrs.family);
      expect(b.weight).toBe(attrs.weight || 0.1);
      expect(b.evidenceCount).toBe(attrs.evidence.length);
      expect(b.quote).toBe(attrs.evidence[0]!.quote);
      if (attrs.family === 'stance') {
        expect(b.polarity).toBe(attrs.polarity);
        expect(b.cameo).toBe(attrs.cameo);
        expect(b.goldstein).toBe(attrs.goldstein);
        expect(b.color).toBe(STANCES[attrs.kind].color);
      }
    });
  });

  it('is byte-identical for the same graph, whatever the insertion order', () => {
    const g = sampleGraph({ a: '2015-10-01' });
    const copy = createGraph();
    copy.replaceAttributes(g.getAttributes());
    for (const n of [...g.nodes()].reverse()) copy.addNode(n, g.getNodeAttributes(n));
    for (const e of [...g.edges()].reverse())
      copy.addDirectedEdgeWithKey(e, g.source(e), g.target(e), g.getEdgeAttributes(e));
    expect(writeGexf(copy)).toBe(writeGexf(g));
  });

  it('writes a static graph that the XSD accepts and networkx reads back', () => {
    const g = sampleGraph();
    const gexf = writeGexf(g, { title: 'Kerry & Lavrov' });
    expect(gexf).not.toContain('mode="dynamic"');
    const { nx } = checkAll('static', gexf);
    expect(Object.keys(nx.nodes).length).toBe(g.order);
    expect(nx.edges.length).toBe(g.size);
    g.forEachNode((key, attrs) => {
      expect(nx.nodes[key]!.label).toBe(attrs.label);
      expect(nx.nodes[key]!.kind).toBe(attrs.kind);
    });
    // networkx drops the edge `kind` XML attribute: the ordinary attribute carries it.
    for (const e of nx.edges) {
      const attrs = g.getEdgeAttributes(e.key);
      expect(e.data.kind).toBe(attrs.kind);
      // Gephi drops weight-0 edges: the negated-only edge weighs 0.1.
      expect(e.data.weight).toBe(attrs.weight > 0 ? attrs.weight : 0.1);
      expect(e.data.weight).toBeGreaterThan(0);
      if (attrs.family === 'stance') expect(e.data.goldstein).toBe(attrs.goldstein);
    }
  });

  it('keeps graph attributes out of <meta> (the XSD rejects them)', () => {
    const g = sampleGraph();
    g.setAttribute('rollup', true);
    const doc = new DOMParser().parseFromString(writeGexf(g, { title: 'Report' }), 'text/xml');
    const meta = doc.getElementsByTagName('meta')[0]!;
    const children: string[] = [];
    for (let n = meta.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) children.push(n.nodeName);
    expect(children).toEqual(['creator', 'description']);
  });

  it("needs pedantic mode: graphology-gexf's default <meta> fails the XSD", () => {
    const g = createGraph();
    g.addNode('state:RU', { kind: 'state', label: 'Russia', aliases: [], mentions: [] });
    const loose = write(g as never, { version: '1.3' } as never);
    expect(loose).toContain('<schema>diplograph/1</schema>');
    expect(xmllintValidate(tempFile('loose.gexf', loose)).ok).toBe(false);
    expect(writeGexf(g)).not.toContain('<schema>');
  });

  it('writes a dynamic graph with spells when documents are dated', () => {
    const g = sampleGraph({ a: '2015-10-01', b: '2015-10-20' });
    const gexf = writeGexf(g);
    expect(gexf).toContain('mode="dynamic"');
    expect(gexf).toContain('timeformat="date"');
    const { nx } = checkAll('dynamic', gexf);
    expect(nx.graph.mode).toBe('dynamic');
    expect(nx.nodes['state:US']!.spells).toEqual([
      ['2015-10-01', '2015-10-01'],
      ['2015-10-20', '2015-10-20'],
    ]);
    expect(nx.nodes['group:kurds']!.spells).toEqual([['2015-10-20', '2015-10-20']]);
    const threat = nx.edges.find((e) => e.key === 'stance:state:TR>group:kurds:threatens')!;
    expect(threat.data.spells).toEqual([['2015-10-20', '2015-10-20']]);
  });

  it('validates with undated documents beside dated ones', () => {
    const g = sampleGraph({ a: '2015-10-01' });
    const { nx } = checkAll('mixed', writeGexf(g));
    expect(nx.graph.mode).toBe('dynamic');
    expect(nx.nodes['group:kurds']!.spells).toBeUndefined();
    expect(nx.nodes['person:sergei-lavrov']!.spells).toEqual([['2015-10-01', '2015-10-01']]);
    expect(nx.edges.length).toBe(g.size);
  });

  it('survives the traps: markup, quotes, scripts, control characters, CSS colours, half positions', () => {
    const g = trapGraph();
    const gexf = writeGexf(g, { title: 'Traps <&> "quoted"' });
    const { nx } = checkAll('traps', gexf);
    expect(nx.multigraph).toBe(true);
    expect(Object.keys(nx.nodes).length).toBe(g.order);
    expect(nx.edges.length).toBe(g.size);
    expect(nx.nodes['person:amp']!.label).toBe('Tom & Jerry <script>alert("x")</script>');
    expect(nx.nodes['person:amp']!.aliases).toBe('O\'Neil|A "B"');
    expect(nx.nodes['person:lavrov']!.label).toBe('Сергей Лавров');
    expect(nx.nodes['person:arabic']!.label).toBe('وليد المعلم');
    // Control characters XML forbids are dropped; a tab is kept (escaped as a character reference).
    expect(nx.nodes['organisation:ctl']!.label).toBe('BadLabel\tTab');
    const viz = (key: string) =>
      nx.nodes[key]!.viz as { color: Record<string, number>; size?: number; position?: unknown };
    expect(viz('person:amp').color).toMatchObject({ r: 255, g: 99, b: 71 });
    expect(viz('person:lavrov').color).toMatchObject({ r: 170, g: 187, b: 204 });
    expect(viz('person:lavrov').position).toBeUndefined(); // x without y: no position
    expect(viz('person:arabic').position).toMatchObject({ x: -3, y: 4.25 });
    expect(viz('person:arabic').color).toMatchObject({ r: 59, g: 130, b: 246 }); // unknown -> kind colour
    expect(viz('state:RU').color).toMatchObject({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(viz('organisation:ctl').size).toBeGreaterThan(0); // NaN size -> default
    const crit = nx.edges.find((e) => e.key === 'stance:person:amp>state:RU:criticises')!;
    expect(crit.data.quote).toBe('He said: "</script> & <b>no</b>" next line');
    expect(crit.data.kind).toBe('criticises');
    const role = nx.edges.find((e) => e.key.startsWith('relation:'))!;
    expect(role.data.title).toBe('Министр иностранных дел');
    expect(role.data.label).toBe('Министр иностранных дел');
  });

  it('validates a rolled-up graph and an empty one', () => {
    checkAll('rollup', writeGexf(rollUpToStates(sampleGraph({ b: '2015-10-20' }))));
    const { nx } = checkAll('empty', writeGexf(createGraph()));
    expect(Object.keys(nx.nodes)).toEqual([]);
  });
});

describe('toRgb', () => {
  it('reads hex, rgb(), rgba() and CSS names; refuses the rest', () => {
    expect(toRgb('#ff0000')).toBe('rgb(255,0,0)');
    expect(toRgb('#F00')).toBe('rgb(255,0,0)');
    expect(toRgb('#ff000080')).toBe('rgba(255,0,0,0.5)');
    expect(toRgb('rgb(1, 2, 3)')).toBe('rgb(1,2,3)');
    expect(toRgb('rgb(1 2 3 / 50%)')).toBe('rgba(1,2,3,0.5)');
    expect(toRgb('RebeccaPurple')).toBe('rgb(102,51,153)');
    expect(toRgb('hsl(0, 100%, 50%)')).toBeUndefined();
    expect(toRgb(undefined)).toBeUndefined();
    expect(toRgb('#12')).toBeUndefined();
  });
});
