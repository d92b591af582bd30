import { describe, expect, it } from 'vitest';
import { createGraph } from '../src/graph/build.js';
import { rollUpToStates, statesOf } from '../src/graph/rollup.js';
import { serializeGraph } from '../src/io/write-json.js';
import { validateGraphFile } from '../src/model/validate.js';
import { toGraphFile } from '../src/io/write-json.js';
import { sampleGraph } from './fixtures/export-sample.js';

describe('rollUpToStates', () => {
  it('folds people and government bodies into their states', () => {
    const g = sampleGraph();
    const map = statesOf(g);
    expect(map.get('person:sergei-lavrov')).toBe('state:RU');
    expect(map.get('person:john-kerry')).toBe('state:US');
    expect(map.get('organisation:RU:kremlin')).toBe('state:RU');
    expect(map.get('organisation:TR:foreign-ministry')).toBe('state:TR');
    expect(map.has('organisation:daesh')).toBe(false);
    expect(map.has('group:kurds')).toBe(false);

    const r = rollUpToStates(g);
    expect(r.getAttribute('rollup')).toBe(true);
    expect(r.nodes().sort()).toEqual(['group:kurds', 'organisation:daesh', 'state:RU', 'state:TR', 'state:US']);
    expect(r.edges().sort()).toEqual([
      'stance:state:RU>state:TR:criticises',
      'stance:state:RU>state:TR:supports',
      'stance:state:RU>state:US:meets',
      'stance:state:TR>group:kurds:threatens',
      'stance:state:TR>state:US:demands',
      'stance:state:US>organisation:daesh:fights',
      'stance:state:US>state:RU:cooperates',
      'stance:state:US>state:TR:criticises',
    ]);
    expect(r.getNodeAttribute('state:RU', 'folded')).toEqual(['organisation:RU:kremlin', 'person:sergei-lavrov']);
    const ruMentions = r.getNodeAttribute('state:RU', 'mentions');
    expect(ruMentions.length).toBe(g.getNodeAttribute('state:RU', 'mentions').length + 2);
    // Pure: the input is untouched and still has its people.
    expect(g.hasNode('person:sergei-lavrov')).toBe(true);
    // The result is a valid graph file.
    expect(() => validateGraphFile(toGraphFile(r))).not.toThrow();
  });

  it('merges re-pointed edges, dedupes evidence and recomputes the summary', () => {
    const g = createGraph();
    g.setAttribute('documents', [{ id: 'd', chars: 100, date: '2020-01-02' }]);
    const node = (key: string, kind: 'person' | 'state' | 'organisation', extra = {}) =>
      g.addNode(key, {
        kind,
        label: key,
        aliases: [],
        mentions: [{ doc: 'd', start: 0, end: 1, form: 'name' }],
        ...extra,
      });
    node('state:RU', 'state');
    node('state:TR', 'state');
    node('person:a', 'person', { country: 'RU' });
    node('person:b', 'person');
    const ev = (start: number, cameo: string, modality: 'asserted' | 'negated' = 'asserted') => ({
      doc: 'd',
      start,
      end: start + 5,
      quote: 'q',
      cameo,
      modality,
    });
    g.addDirectedEdgeWithKey('relation:person:b>state:RU:role', 'person:b', 'state:RU', {
      family: 'relation',
      kind: 'role',
      weight: 1,
      evidence: [ev(0, '04')],
    });
    const stance = (src: string, evidence: ReturnType<typeof ev>[]) =>
      g.addDirectedEdgeWithKey(`stance:${src}>state:TR:criticises`, src, 'state:TR', {
        family: 'stance',
        kind: 'criticises',
        polarity: -1,
        cameo: '11',
        goldstein: -2,
        weight: evidence.length,
        evidence,
      });
    stance('person:a', [ev(10, '11'), ev(20, '12')]);
    stance('person:b', [ev(10, '11'), ev(30, '14', 'negated')]);
    stance('state:RU', [ev(40, '12')]);
    g.addDirectedEdgeWithKey('stance:person:a>state:RU:meets', 'person:a', 'state:RU', {
      family: 'stance',
      kind: 'meets',
      polarity: 1,
      cameo: '04',
      goldstein: 1,
      weight: 1,
      evidence: [ev(50, '04')],
    });

    const r = rollUpToStates(g);
    expect(r.edges()).toEqual(['stance:state:RU>state:TR:criticises']);
    const a = r.getEdgeAttributes('stance:state:RU>state:TR:criticises');
    expect(a.evidence.map((e) => e.start)).toEqual([10, 20, 30, 40]);
    expect(a.weight).toBe(3);
    expect(a.family === 'stance' && a.cameo).toBe('12');
    expect(a.firstDate).toBe('2020-01-02');
    expect(r.getNodeAttribute('state:RU', 'folded')).toEqual(['person:a', 'person:b']);
    expect(r.getNodeAttribute('state:RU', 'mentions')).toHaveLength(1);
  });

  it('creates a state known only as a country', () => {
    const g = createGraph();
    g.addNode('person:x', { kind: 'person', label: 'X', aliases: [], mentions: [], country: 'FR' });
    g.addNode('state:DE', { kind: 'state', label: 'Germany', aliases: [], mentions: [] });
    g.addDirectedEdgeWithKey('s', 'person:x', 'state:DE', {
      family: 'stance',
      kind: 'meets',
      polarity: 1,
      cameo: '04',
      goldstein: 1,
      weight: 1,
      evidence: [],
    });
    const r = rollUpToStates(g);
    expect(r.getNodeAttribute('state:FR', 'label')).toBe('France');
    expect(r.hasEdge('stance:state:FR>state:DE:meets')).toBe(true);
  });

  it('is deterministic whatever the insertion order', () => {
    const g = sampleGraph({ a: '2015-10-01' });
    const copy = createGraph();
    copy.replaceAttributes(g.getAttributes());
    for (const n of [...g.nodes()].reverse()) copy.addNode(n, g.getNodeAttributes(n));
    for (const e of [...g.edges()].reverse())
      copy.addDirectedEdgeWithKey(e, g.source(e), g.target(e), g.getEdgeAttributes(e));
    expect(serializeGraph(rollUpToStates(copy))).toBe(serializeGraph(rollUpToStates(g)));
  });
});
