// CSV for spreadsheets (DESIGN.md §7): nodes.csv and edges.csv, RFC 4180 (CRLF, fields quoted
// when they hold a comma, a quote or a line break, quotes doubled). Headers follow Gephi's
// spreadsheet importer (Id, Label, Source, Target, Type, Kind, Weight), so the pair also imports
// into Gephi's data laboratory.
//
// Formula injection: a text cell starting with =, +, -, @ (or a tab or carriage return) is
// prefixed with ' so a spreadsheet shows it instead of evaluating it ("=HYPERLINK(…)" in a
// quote). Numbers we write are never prefixed: -2 stays a number.
import type { DocumentInfo, EdgeAttributes, Evidence } from '../model/graph-file.js';
import { type DiploGraph, graphDocuments } from '../model/graph.js';

export interface CsvOptions {
  /** Start each file with a UTF-8 byte order mark (Excel needs it to read UTF-8). */
  bom?: boolean;
}

export interface CsvFiles {
  'nodes.csv': string;
  'edges.csv': string;
}

type Cell = string | number | boolean | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(header: readonly string[], rows: readonly Cell[][], options: CsvOptions = {}): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "[doc 12-40, reported, speaker person:x] quote" — one line per sentence. */
export function evidenceText(evidence: readonly Evidence[]): string {
  return evidence
    .map((e) => {
      const meta = [
        `${e.doc} ${e.start}-${e.end}`,
        e.modality,
        e.cameo ? `CAMEO ${e.cameo}` : undefined,
        e.speaker ? `speaker ${e.speaker}` : undefined,
      ]
        .filter(Boolean)
        .join(', ');
      return `[${meta}] ${e.quote.replace(/\s+/g, ' ').trim()}`;
    })
    .join('\n');
}

const NODE_HEADER = [
  'Id',
  'Label',
  'Kind',
  'Subtype',
  'Country',
  'Aliases',
  'Mentions',
  'Documents',
  'Folded',
  'X',
  'Y',
  'Size',
  'Color',
];
const EDGE_HEADER = [
  'Id',
  'Source',
  'Target',
  'Type',
  'Source label',
  'Target label',
  'Family',
  'Kind',
  'Title',
  'Host',
  'Polarity',
  'CAMEO',
  'Goldstein',
  'Weight',
  'Modalities',
  'First date',
  'Last date',
  'Evidence count',
  'Documents',
  'Evidence',
];

function modalities(attrs: EdgeAttributes): string {
  return [...new Set(attrs.evidence.map((e) => e.modality))].sort().join('; ');
}

/** The graph as two CSV tables, rows in key order. */
export function writeCsv(graph: DiploGraph, options: CsvOptions = {}): CsvFiles {
  const docs = new Map<string, DocumentInfo>(graphDocuments(graph).map((d) => [d.id, d]));
  const nodeRows: Cell[][] = [...graph.nodes()].sort(byString).map((key) => {
    const a = graph.getNodeAttributes(key);
    const folded = Array.isArray(a.folded) ? (a.folded as unknown[]).map(String).join('; ') : undefined;
    return [
      key,
      a.label,
      a.kind,
      a.subtype,
      a.country,
      a.aliases.join('; '),
      a.mentions.length,
      [...new Set(a.mentions.map((m) => m.doc))].sort().join('; '),
      folded,
      a.x,
      a.y,
      a.size,
      a.color,
    ];
  });
  const label = (key: string) => graph.getNodeAttribute(key, 'label');
  const edgeRows: Cell[][] = [...graph.edges()].sort(byString).map((key) => {
    const a = graph.getEdgeAttributes(key);
    const source = graph.source(key);
    const target = graph.target(key);
    const stance = a.family === 'stance' ? a : undefined;
    const relation = a.family === 'relation' ? a : undefined;
    const documents = [...new Set(a.evidence.map((e) => e.doc))].sort();
    return [
      key,
      source,
      target,
      'Directed',
      label(source),
      label(target),
      a.family,
      a.kind,
      relation?.title,
      relation?.host,
      stance?.polarity,
      stance?.cameo,
      stance?.goldstein,
      a.weight,
      modalities(a),
      a.firstDate,
      a.lastDate,
      a.evidence.length,
      documents.map((d) => (docs.get(d)?.title ? `${d} (${docs.get(d)!.title})` : d)).join('; '),
      evidenceText(a.evidence),
    ];
  });
  return {
    'nodes.csv': csvTable(NODE_HEADER, nodeRows, options),
    'edges.csv': csvTable(EDGE_HEADER, edgeRows, options),
  };
}
