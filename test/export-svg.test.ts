import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { createGraph } from '../src/graph/build.js';
import { layoutPositions, STANCE_DASHES, writeSvg } from '../src/io/write-svg.js';
import { STANCES, STANCE_KINDS } from '../src/model/vocab.js';
import { sampleGraph } from './fixtures/export-sample.js';

function parseSvg(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') errors.push(msg);
    },
  }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return doc;
}

function all(doc: ReturnType<typeof parseSvg>): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    out.push(el);
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) walk(n as Element);
  };
  walk(doc.documentElement!);
  return out;
}

describe('writeSvg', () => {
  it('is a well-formed SVG with a title, a legend, nodes, labels and arrowed edges', () => {
    const g = sampleGraph();
    const svg = writeSvg(g, { title: 'Kerry & Lavrov', width: 900, height: 600 });
    const doc = parseSvg(svg);
    const root = doc.documentElement!;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('width')).toBe('900');
    expect(root.getAttribute('height')).toBe('600');
    expect(root.getAttribute('viewBox')).toBe('0 0 900 600');
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('Kerry & Lavrov');
    const legend = all(doc).find((el) => el.getAttribute('class') === 'legend')!;
    expect(legend.textContent).toContain('Actors');
    expect(legend.textContent).toContain('criticises');
    expect(legend.textContent).toContain('dashed: conflictual');
    expect(doc.getElementsByTagName('circle').length).toBeGreaterThanOrEqual(g.order);
    const labels = all(doc).find((el) => el.getAttribute('class') === 'labels')!;
    expect(labels.getElementsByTagName('text').length).toBe(g.order);
    // The negated-only edge (the Kremlin will not support Turkey) is not drawn.
    const edges = all(doc)
      .find((el) => el.getAttribute('class') === 'edges')!
      .getElementsByTagName('path');
    expect(edges.length).toBe(g.size - 1);
    for (let i = 0; i < edges.length; i++) expect(edges[i]!.getAttribute('marker-end')).toMatch(/^url\(#arrow-\d+\)$/);
  });

  it('distinguishes polarity by line style for black-and-white print', () => {
    const doc = parseSvg(writeSvg(sampleGraph()));
    const paths = all(doc).filter((el) => el.localName === 'path' && el.getAttribute('marker-end'));
    const byTip = (needle: string) => paths.find((p) => p.textContent!.includes(needle))!;
    expect(byTip(' meets ').hasAttribute('stroke-dasharray')).toBe(false); // solid: cooperative
    expect(byTip(' criticises ').getAttribute('stroke-dasharray')).toBe('7 4'); // dashed: conflictual
    expect(byTip('role: ').getAttribute('stroke-dasharray')).toBe('1.5 3.5'); // dotted: relation
    expect(byTip(' criticises ').getAttribute('stroke')).toBe(STANCES.criticises.color);
  });

  it('gives each of the eight stance kinds its own line pattern, in the drawing and the legend', () => {
    const patterns = STANCE_KINDS.map((k) => STANCE_DASHES[k]);
    expect(new Set(patterns).size).toBe(8);
    expect(patterns).not.toContain('1.5 3.5'); // the relations' dots
    const doc = parseSvg(writeSvg(sampleGraph()));
    const legend = all(doc).find((el) => el.getAttribute('class') === 'legend')!;
    const lines = [...legend.getElementsByTagName('line')];
    const criticises = lines.find((l) => l.getAttribute('stroke') === STANCES.criticises.color)!;
    expect(criticises.getAttribute('stroke-dasharray')).toBe(STANCE_DASHES.criticises);
    const paths = all(doc).filter((el) => el.localName === 'path' && el.getAttribute('marker-end'));
    const threat = paths.find((p) => p.textContent!.includes(' threatens ') || p.textContent!.includes(' demands '));
    if (threat) expect(threat.getAttribute('stroke-dasharray')).not.toBe(STANCE_DASHES.criticises);
  });

  it('escapes every label: markup in a label is text, never an element or a handler', () => {
    const g = createGraph();
    const nasty = '<script>alert(1)</script><img src=x onerror="alert(2)"> & \'q\'';
    g.addNode('person:x', {
      kind: 'person',
      label: nasty,
      aliases: [],
      mentions: [],
      color: '"/><script>alert(3)</script>',
    });
    g.addNode('person:y', { kind: 'person', label: 'Сергей Лавров — وليد المعلم', aliases: [], mentions: [] });
    g.addDirectedEdgeWithKey('e', 'person:x', 'person:y', {
      family: 'stance',
      kind: 'threatens',
      polarity: -1,
      cameo: '13',
      goldstein: -6,
      weight: 1,
      evidence: [{ doc: 'd', start: 0, end: 1, quote: '</title><script>alert(4)</script>', modality: 'asserted' }],
    });
    const svg = writeSvg(g, { title: '<script>alert(5)</script>' });
    const doc = parseSvg(svg);
    const elements = all(doc);
    expect(
      elements.filter((el) => el.localName === 'script' || el.localName === 'img' || el.localName === 'foreignObject'),
    ).toEqual([]);
    for (const el of elements) {
      for (let i = 0; i < el.attributes.length; i++) expect(el.attributes[i]!.name.toLowerCase()).not.toMatch(/^on/);
    }
    expect(doc.documentElement!.textContent).toContain(nasty);
    expect(doc.documentElement!.textContent).toContain('Сергей Лавров — وليد المعلم');
    expect(doc.documentElement!.textContent).toContain('</title><script>alert(4)</script>');
    // An unusable colour falls back to the kind colour.
    expect(svg).not.toContain('alert(3)');
  });

  it('lays out deterministically, using x/y when every node has them', () => {
    const g = sampleGraph();
    expect(writeSvg(g)).toBe(writeSvg(g));
    const a = layoutPositions(g);
    expect(new Set([...a.values()].map((p) => `${p.x},${p.y}`)).size).toBe(g.order);
    g.forEachNode((k, _a) => {
      g.setNodeAttribute(k, 'x', k.length);
      g.setNodeAttribute(k, 'y', -k.length);
    });
    expect(layoutPositions(g).get('state:RU')).toEqual({ x: 8, y: -8 });
  });

  it('draws an empty graph and a single node', () => {
    parseSvg(writeSvg(createGraph()));
    const g = createGraph();
    g.addNode('state:FR', { kind: 'state', label: 'France', aliases: [], mentions: [] });
    const doc = parseSvg(writeSvg(g));
    expect(doc.documentElement!.textContent).toContain('France');
  });
});
