import { describe, expect, it } from 'vitest';
import { edgeVisible, filterGraph, nodeVisible } from '../src/graph/filter.js';
import { sampleGraph } from './fixtures/export-sample.js';

describe('filterGraph', () => {
  it('keeps everything but negated-only edges by default, and never mutates', () => {
    const g = sampleGraph();
    const before = JSON.stringify(g.export());
    const f = filterGraph(g, {});
    expect(JSON.stringify(g.export())).toBe(before);
    expect(f.order).toBe(g.order);
    expect(f.size).toBe(g.size - 1);
    expect(f.hasEdge('stance:organisation:RU:kremlin>state:TR:supports')).toBe(false);
    expect(filterGraph(g, { showNegated: true }).size).toBe(g.size);
    expect(f.getAttribute('documents')).toEqual(g.getAttribute('documents'));
  });

  it('filters by entity kind and drops edges whose endpoint is hidden', () => {
    const f = filterGraph(sampleGraph(), { kinds: ['state'] });
    expect(f.nodes().sort()).toEqual(['state:RU', 'state:TR', 'state:US']);
    expect(f.edges()).toEqual([]);
    const g = filterGraph(sampleGraph(), { kinds: ['state', 'group'] });
    expect(g.edges()).toEqual(['stance:state:TR>group:kurds:threatens']);
  });

  it('filters by stance kind, polarity, relations and weight', () => {
    const g = sampleGraph();
    expect(filterGraph(g, { stances: ['meets'], relations: false }).edges()).toEqual([
      'stance:person:sergei-lavrov>person:john-kerry:meets',
    ]);
    const neg = filterGraph(g, { polarity: [-1], relations: false });
    for (const e of neg.edges()) expect(neg.getEdgeAttribute(e, 'polarity')).toBe(-1);
    expect(neg.size).toBe(5);
    const rel = filterGraph(g, { stances: [] });
    expect(rel.edges().every((e) => rel.getEdgeAttribute(e, 'family') === 'relation')).toBe(true);
    expect(rel.size).toBe(2);
    expect(filterGraph(g, { minWeight: 2 }).size).toBe(0);
  });

  it('filters evidence by modality, document and date', () => {
    const g = sampleGraph({ a: '2015-10-01', b: '2015-10-20' });
    expect(filterGraph(g, { modalities: ['planned'] }).size).toBe(2);
    expect(filterGraph(g, { modalities: ['negated'] }).size).toBe(1);
    const b = filterGraph(g, { docs: ['turkey-kurds'] });
    expect(b.size).toBe(3);
    expect(b.hasNode('person:sergei-lavrov')).toBe(false);
    expect(filterGraph(g, { dateFrom: '2015-10-10' }).size).toBe(3);
    expect(filterGraph(g, { dateTo: '2015-10-10' }).size).toBe(g.size - 3 - 1);
    // Undated documents fail a date range.
    expect(filterGraph(sampleGraph(), { dateFrom: '2000-01-01' }).size).toBe(0);
  });

  it('exposes the predicates on plain attributes', () => {
    const g = sampleGraph();
    expect(nodeVisible(g.getNodeAttributes('group:kurds'), { kinds: ['person'] })).toBe(false);
    const attrs = g.getEdgeAttributes('stance:organisation:RU:kremlin>state:TR:supports');
    expect(edgeVisible(attrs, {}, g.getAttribute('documents'))).toBe(false);
    expect(edgeVisible(attrs, { showNegated: true })).toBe(true);
  });
});
