// The graph file's layout: one record a line, so that a changed graph diffs record by record.
import { describe, expect, it } from 'vitest';
import { serializeGraph, serializeGraphParts } from '../src/io/write-json.js';
import { parseGraph } from '../src/io/read-graph.js';
import { sampleGraph } from './fixtures/export-sample.js';

/** A line of a section without its trailing comma, parsed. */
const record = (line: string) => JSON.parse(line.replace(/,$/, '')) as { key?: string; id?: string };

describe('graph file layout', () => {
  const graph = sampleGraph({ a: '2015-10-01', b: '2015-10-02' });
  const json = serializeGraph(graph);
  const lines = json.split('\n');

  it('writes each document, edge and node on a line of its own', () => {
    const section = (name: string) => {
      const from = lines.findIndex((l) => l.endsWith(`"${name}":[`));
      const end = lines.findIndex((l, i) => i > from && l.startsWith(']'));
      expect(from).toBeGreaterThanOrEqual(0);
      return lines.slice(from + 1, end).map(record);
    };
    expect(section('documents').map((d) => d.id)).toEqual(['kerry-lavrov', 'turkey-kurds']);
    const edges = section('edges');
    const nodes = section('nodes');
    expect(edges.map((e) => e.key)).toEqual(graph.edges().sort());
    expect(nodes.map((n) => n.key)).toEqual(graph.nodes().sort());
    expect(lines.at(-2)).toBe('"options":{"allowSelfLoops":false,"multi":true,"type":"directed"}}');
    expect(lines.at(-1)).toBe('');
  });

  it('reads back as the same graph, and the parts of a large write give the same bytes', () => {
    expect(serializeGraph(parseGraph(json))).toBe(json);
    expect([...serializeGraphParts(graph, 16)].join('')).toBe(json);
    // No indentation anywhere: a record is compact inside.
    expect(lines.some((l) => /^\s/.test(l))).toBe(false);
  });
});
