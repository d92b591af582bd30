import { describe, expect, it } from 'vitest';
import { createGraph } from '../src/graph/build.js';
import { csvCell, writeCsv } from '../src/io/write-csv.js';
import { sampleGraph } from './fixtures/export-sample.js';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        cell += c;
        i++;
      }
    } else if (c === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else {
      cell += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length > 0) throw new Error('last record without CRLF');
  return rows;
}

describe('writeCsv', () => {
  it('writes nodes.csv and edges.csv with one row per node and edge', () => {
    const g = sampleGraph({ a: '2015-10-01' });
    const files = writeCsv(g);
    const nodes = parseCsv(files['nodes.csv']);
    const edges = parseCsv(files['edges.csv']);
    expect(nodes[0]!.slice(0, 3)).toEqual(['Id', 'Label', 'Kind']);
    expect(edges[0]!.slice(0, 4)).toEqual(['Id', 'Source', 'Target', 'Type']);
    expect(nodes.length - 1).toBe(g.order);
    expect(edges.length - 1).toBe(g.size);
    for (const row of nodes) expect(row.length).toBe(nodes[0]!.length);
    for (const row of edges) expect(row.length).toBe(edges[0]!.length);
    const header = edges[0]!;
    const crit = edges.find((r) => r[0] === 'stance:person:sergei-lavrov>state:TR:criticises')!;
    const col = (name: string) => crit[header.indexOf(name)];
    expect(col('Goldstein')).toBe('-2'); // a number is never neutralised
    expect(col('Polarity')).toBe('-1');
    expect(col('Weight')).toBe('1');
    expect(col('First date')).toBe('2015-10-01');
    expect(col('Documents')).toBe('kerry-lavrov (Kerry & Lavrov in Moscow)');
    expect(col('Evidence')).toMatch(
      /^\[kerry-lavrov \d+-\d+, asserted, CAMEO 11, speaker person:sergei-lavrov\] Lavrov criticised/,
    );
    expect(col('Source label')).toBe('Sergei Lavrov');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    const g = createGraph();
    g.addNode('person:x', { kind: 'person', label: 'Smith, "Jr."\r\nII', aliases: ['Сергей', 'سيرغي'], mentions: [] });
    const rows = parseCsv(writeCsv(g)['nodes.csv']);
    expect(rows[1]![1]).toBe('Smith, "Jr."\r\nII');
    expect(rows[1]![5]).toBe('Сергей; سيرغي');
  });

  it('neutralises formula injection in text cells', () => {
    for (const bad of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1']) {
      expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell(-2)).toBe('-2');
    const g = createGraph();
    g.addNode('person:eq', { kind: 'person', label: '=cmd|"/c calc"!A1', aliases: [], mentions: [] });
    const rows = parseCsv(writeCsv(g)['nodes.csv']);
    expect(rows[1]![1]).toBe('\'=cmd|"/c calc"!A1');
  });

  it('adds a UTF-8 byte order mark only when asked', () => {
    const g = sampleGraph();
    expect(writeCsv(g)['nodes.csv'].startsWith('Id,')).toBe(true);
    const bom = writeCsv(g, { bom: true });
    expect(bom['nodes.csv'].charCodeAt(0)).toBe(0xfeff);
    expect(bom['edges.csv'].charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(bom['nodes.csv'], 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes headers only for an empty graph', () => {
    const files = writeCsv(createGraph());
    expect(parseCsv(files['nodes.csv'])).toHaveLength(1);
    expect(parseCsv(files['edges.csv'])).toHaveLength(1);
  });
});
