// GEXF 1.3 for Gephi (DESIGN.md §7), through graphology-gexf, then one post-pass over the XML
// (with an XML library, never string surgery) for what graphology-gexf does not write:
// dynamics (mode="dynamic", timeformat="date", spells), declared attribute types and <meta>.
//
// Traps this module exists to avoid, each covered by test/export-gexf.test.ts:
// - graphology-gexf puts graph attributes into <meta>, which the XSD rejects: `pedantic: true`.
// - networkx's read_gexf drops the edge `kind` XML attribute: `kind` is also an attvalue.
// - networkx crashes on a viz:color with only `hex`: colours are always written as r,g,b.
// - viz:position needs x and y both; an edge has no viz:size (it has viz:thickness).
// - XML 1.0 forbids most control characters: they are stripped from every string.
// - Gephi drops edges of weight 0: negated-only edges get a small positive weight.
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-file.js';
import type { DiploGraph } from '../model/graph.js';
import { ENTITY_COLORS, MODALITIES, RELATION_COLOR, STANCES, type Modality } from '../model/vocab.js';

export const GEXF_NS = 'http://gexf.net/1.3';

// CSS named colours (CSS Color 4), for graphs whose `color` came from a user or another tool.
const CSS_NAMES: ReadonlyMap<string, string> = new Map(
  (
    'aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff beige:f5f5dc bisque:ffe4c4 ' +
    'black:000000 blanchedalmond:ffebcd blue:0000ff blueviolet:8a2be2 brown:a52a2a burlywood:deb887 ' +
    'cadetblue:5f9ea0 chartreuse:7fff00 chocolate:d2691e coral:ff7f50 cornflowerblue:6495ed cornsilk:fff8dc ' +
    'crimson:dc143c cyan:00ffff darkblue:00008b darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9 ' +
    'darkgreen:006400 darkgrey:a9a9a9 darkkhaki:bdb76b darkmagenta:8b008b darkolivegreen:556b2f darkorange:ff8c00 ' +
    'darkorchid:9932cc darkred:8b0000 darksalmon:e9967a darkseagreen:8fbc8f darkslateblue:483d8b ' +
    'darkslategray:2f4f4f darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 deeppink:ff1493 ' +
    'deepskyblue:00bfff dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222 floralwhite:fffaf0 ' +
    'forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc ghostwhite:f8f8ff gold:ffd700 goldenrod:daa520 ' +
    'gray:808080 green:008000 greenyellow:adff2f grey:808080 honeydew:f0fff0 hotpink:ff69b4 indianred:cd5c5c ' +
    'indigo:4b0082 ivory:fffff0 khaki:f0e68c lavender:e6e6fa lavenderblush:fff0f5 lawngreen:7cfc00 ' +
    'lemonchiffon:fffacd lightblue:add8e6 lightcoral:f08080 lightcyan:e0ffff lightgoldenrodyellow:fafad2 ' +
    'lightgray:d3d3d3 lightgreen:90ee90 lightgrey:d3d3d3 lightpink:ffb6c1 lightsalmon:ffa07a lightseagreen:20b2aa ' +
    'lightskyblue:87cefa lightslategray:778899 lightslategrey:778899 lightsteelblue:b0c4de lightyellow:ffffe0 ' +
    'lime:00ff00 limegreen:32cd32 linen:faf0e6 magenta:ff00ff maroon:800000 mediumaquamarine:66cdaa ' +
    'mediumblue:0000cd mediumorchid:ba55d3 mediumpurple:9370db mediumseagreen:3cb371 mediumslateblue:7b68ee ' +
    'mediumspringgreen:00fa9a mediumturquoise:48d1cc mediumvioletred:c71585 midnightblue:191970 mintcream:f5fffa ' +
    'mistyrose:ffe4e1 moccasin:ffe4b5 navajowhite:ffdead navy:000080 oldlace:fdf5e6 olive:808000 olivedrab:6b8e23 ' +
    'orange:ffa500 orangered:ff4500 orchid:da70d6 palegoldenrod:eee8aa palegreen:98fb98 paleturquoise:afeeee ' +
    'palevioletred:db7093 papayawhip:ffefd5 peachpuff:ffdab9 peru:cd853f pink:ffc0cb plum:dda0dd ' +
    'powderblue:b0e0e6 purple:800080 rebeccapurple:663399 red:ff0000 rosybrown:bc8f8f royalblue:4169e1 ' +
    'saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460 seagreen:2e8b57 seashell:fff5ee sienna:a0522d ' +
    'silver:c0c0c0 skyblue:87ceeb slateblue:6a5acd slategray:708090 slategrey:708090 snow:fffafa ' +
    'springgreen:00ff7f steelblue:4682b4 tan:d2b48c teal:008080 thistle:d8bfd8 tomato:ff6347 turquoise:40e0d0 ' +
    'violet:ee82ee wheat:f5deb3 white:ffffff whitesmoke:f5f5f5 yellow:ffff00 yellowgreen:9acd32 '
  )
    .trim()
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

const clampByte = (n: number) => Math.max(0, Math.min(255, Math.round(n)));

/**
 * Any CSS colour we understand (hex, rgb()/rgba(), a named colour) as `rgb(r,g,b)` or
 * `rgba(r,g,b,a)`, the forms graphology-gexf writes as r,g,b channels; undefined otherwise.
 */
export function toRgb(colour: unknown): string | undefined {
  if (typeof colour !== 'string') return undefined;
  let value = colour.trim().toLowerCase();
  value = CSS_NAMES.has(value) ? `#${CSS_NAMES.get(value)}` : value;
  let hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex && (hex.length === 3 || hex.length === 4)) hex = hex.replace(/./g, (c) => c + c);
  if (hex && (hex.length === 6 || hex.length === 8)) {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    if (hex.length === 8) return `rgba(${r},${g},${b},${Math.round((parseInt(hex.slice(6), 16) / 255) * 100) / 100})`;
    return `rgb(${r},${g},${b})`;
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(value)?.[1];
  if (fn) {
    const parts = fn.split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3 || parts.length > 4) return undefined;
    const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) / 100) * 255 : parseFloat(p));
    const rgb = parts.slice(0, 3).map(channel);
    if (rgb.some((n) => !Number.isFinite(n))) return undefined;
    const [r, g, b] = rgb.map(clampByte);
    if (parts[3] === undefined) return `rgb(${r},${g},${b})`;
    const a = parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
    if (!Number.isFinite(a)) return `rgb(${r},${g},${b})`;
    return `rgba(${r},${g},${b},${Math.max(0, Math.min(1, a))})`;
  }
  return undefined;
}

export interface GexfOptions {
  /** Written to <meta><description>. */
  title?: string;
}

// Characters XML 1.0 does not allow, and lone surrogates (a high one with no low one after it,
// a low one with no high one before it).
const XML_INVALID = new RegExp(
  [
    // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.source,
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.source,
    /(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.source,
  ].join('|'),
  'g',
);

/** A string that can stand in an XML 1.0 document. */
export function xmlSafe(value: string): string {
  return value.replace(XML_INVALID, '');
}

/** The declared GEXF type of every attribute we write; graphology-gexf would infer them per file. */
const NODE_ATTRIBUTE_TYPES: Record<string, string> = {
  kind: 'string',
  subtype: 'string',
  country: 'string',
  aliases: 'string',
  mentionCount: 'integer',
  documents: 'string',
  folded: 'string',
  firstDate: 'string',
  lastDate: 'string',
};

const EDGE_ATTRIBUTE_TYPES: Record<string, string> = {
  family: 'string',
  kind: 'string',
  title: 'string',
  host: 'string',
  polarity: 'integer',
  cameo: 'string',
  goldstein: 'double',
  modality: 'string',
  evidenceCount: 'integer',
  quote: 'string',
  speaker: 'string',
  documents: 'string',
  firstDate: 'string',
  lastDate: 'string',
};

type Scalar = string | number | boolean;

/**
 * Lists (aliases, documents, folded keys) are one string attribute joined by "|", GEXF 1.2's
 * list convention: Gephi shows them as text, and readers split them back (the viewer does).
 */
export const LIST_SEPARATOR = '|';

function compact(record: Record<string, Scalar | undefined>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(record)) {
    if (v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v))) continue;
    out[k] = typeof v === 'string' ? xmlSafe(v) : v;
  }
  return out;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort();

/** The most frequent modality of the evidence (ties: the order of MODALITIES). */
export function dominantModality(attrs: EdgeAttributes): Modality | undefined {
  let best: Modality | undefined;
  let bestCount = 0;
  for (const m of MODALITIES) {
    const n = attrs.evidence.filter((e) => e.modality === m).length;
    if (n > bestCount) [best, bestCount] = [m, n];
  }
  return best;
}

/** Default node size when the layout wrote none: grows with the number of mentions. */
export function defaultNodeSize(attrs: NodeAttributes): number {
  return Math.round((4 + 3 * Math.sqrt(attrs.mentions.length)) * 100) / 100;
}

function formatNode(_key: string, attrs: NodeAttributes) {
  const viz: Record<string, Scalar> = {
    color: toRgb(attrs.color) ?? ENTITY_COLORS[attrs.kind],
    size: finite(attrs.size) && attrs.size >= 0 ? attrs.size : defaultNodeSize(attrs),
  };
  if (finite(attrs.x) && finite(attrs.y)) {
    viz.x = attrs.x;
    viz.y = attrs.y;
  }
  const folded = Array.isArray(attrs.folded)
    ? (attrs.folded as unknown[]).filter((f): f is string => typeof f === 'string')
    : [];
  return {
    label: xmlSafe(attrs.label),
    viz,
    attributes: compact({
      kind: attrs.kind,
      subtype: attrs.subtype,
      country: attrs.country,
      aliases: attrs.aliases.join(LIST_SEPARATOR),
      mentionCount: attrs.mentions.length,
      documents: sortedUnique(attrs.mentions.map((m) => m.doc)).join(LIST_SEPARATOR),
      folded: folded.join(LIST_SEPARATOR),
    }),
  };
}

function edgeColour(attrs: EdgeAttributes): string {
  return toRgb(attrs.color) ?? (attrs.family === 'stance' ? STANCES[attrs.kind].color : undefined) ?? RELATION_COLOR;
}

/** Line style for black-and-white: solid cooperative, dashed conflictual, dotted relations. */
export function edgeLineStyle(attrs: EdgeAttributes): 'solid' | 'dashed' | 'dotted' {
  if (attrs.family === 'relation') return 'dotted';
  return attrs.polarity < 0 ? 'dashed' : 'solid';
}

/**
 * Gephi ignores an edge of weight 0 ("Edge weight is 0, the edge is ignored"; 0.9.2 even fails
 * the import), so an edge whose evidence is all negated gets NEGATED_WEIGHT instead: still the
 * lightest edge, and its `modality` attribute says "negated".
 */
export const NEGATED_WEIGHT = 0.1;

export function gexfWeight(attrs: EdgeAttributes): number {
  return finite(attrs.weight) && attrs.weight > 0 ? attrs.weight : NEGATED_WEIGHT;
}

function formatEdge(_key: string, attrs: EdgeAttributes) {
  const first = attrs.evidence[0];
  const label = attrs.family === 'relation' && attrs.kind === 'role' && attrs.title ? attrs.title : attrs.kind;
  return {
    label: xmlSafe(label),
    kind: attrs.kind,
    weight: gexfWeight(attrs),
    viz: {
      color: edgeColour(attrs),
      thickness: finite(attrs.size) && attrs.size >= 0 ? attrs.size : 1 + Math.log2(1 + Math.max(0, attrs.weight)),
      shape: edgeLineStyle(attrs),
    },
    attributes: compact({
      family: attrs.family,
      kind: attrs.kind,
      title: attrs.family === 'relation' ? attrs.title : undefined,
      host: attrs.family === 'relation' ? attrs.host : undefined,
      polarity: attrs.family === 'stance' ? attrs.polarity : undefined,
      cameo: attrs.family === 'stance' ? attrs.cameo : undefined,
      goldstein: attrs.family === 'stance' ? attrs.goldstein : undefined,
      modality: dominantModality(attrs),
      evidenceCount: attrs.evidence.length,
      quote: first?.quote.replace(/\s+/g, ' ').trim(),
      speaker: first?.speaker,
      documents: sortedUnique(attrs.evidence.map((e) => e.doc)).join(LIST_SEPARATOR),
      firstDate: attrs.firstDate,
      lastDate: attrs.lastDate,
    }),
  };
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A copy in key order, so the same graph always gives the same bytes. */
function sortedCopy(graph: DiploGraph): DiploGraph {
  const out: DiploGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const key of [...graph.nodes()].sort(byString)) out.addNode(key, graph.getNodeAttributes(key));
  for (const key of [...graph.edges()].sort(byString)) {
    out.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key));
  }
  return out;
}

/** Dates (sorted, distinct) at which each node and edge appears, from its documents. */
export function elementDates(graph: DiploGraph): { nodes: Map<string, string[]>; edges: Map<string, string[]> } {
  const docDate = new Map<string, string>();
  for (const d of graph.getAttribute('documents')) if (d.date) docDate.set(d.id, d.date);
  const dated = (docs: Iterable<string>) =>
    sortedUnique([...docs].map((d) => docDate.get(d)).filter((d): d is string => !!d));
  const nodeDocs = new Map<string, Set<string>>();
  graph.forEachNode((key, attrs) => nodeDocs.set(key, new Set(attrs.mentions.map((m) => m.doc))));
  const edges = new Map<string, string[]>();
  graph.forEachEdge((key, attrs, source, target) => {
    const docs = attrs.evidence.map((e) => e.doc);
    edges.set(key, dated(docs));
    // An edge is visible in Gephi only while both its ends are: they inherit its documents.
    for (const d of docs) {
      nodeDocs.get(source)?.add(d);
      nodeDocs.get(target)?.add(d);
    }
  });
  const nodes = new Map<string, string[]>();
  for (const [key, docs] of nodeDocs) nodes.set(key, dated(docs));
  return { nodes, edges };
}

function childElements(parent: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === localName) out.push(n as Element);
  }
  return out;
}

/** Inserts `child` as the first element of `parent`, indented like its siblings. */
function prependIndented(parent: Element, child: Element, depth: number): void {
  const doc = parent.ownerDocument!;
  const first = parent.firstChild;
  parent.insertBefore(doc.createTextNode(`\n${'  '.repeat(depth + 1)}`), first);
  parent.insertBefore(child, first);
  if (!first) parent.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`));
}

function spellsElement(parent: Element, dates: readonly string[], depth: number): Element {
  const doc = parent.ownerDocument!;
  const spells = doc.createElementNS(GEXF_NS, 'spells');
  for (const date of dates) {
    const spell = doc.createElementNS(GEXF_NS, 'spell');
    // A day is a closed interval [date, date]; both bounds written, as networkx expects.
    spell.setAttribute('start', date);
    spell.setAttribute('end', date);
    spells.appendChild(doc.createTextNode(`\n${'  '.repeat(depth + 2)}`));
    spells.appendChild(spell);
  }
  spells.appendChild(doc.createTextNode(`\n${'  '.repeat(depth + 1)}`));
  return spells;
}

function postProcess(xml: string, graph: DiploGraph, options: GexfOptions): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root = doc.documentElement!;

  // <meta>: only the elements the XSD allows.
  const meta = childElements(root, 'meta')[0];
  if (meta) {
    for (const [name, value] of [
      ['creator', 'diplograph'],
      ['description', options.title],
    ] as const) {
      if (!value) continue;
      const el = doc.createElementNS(GEXF_NS, name);
      el.appendChild(doc.createTextNode(xmlSafe(value)));
      meta.appendChild(doc.createTextNode('\n    '));
      meta.appendChild(el);
    }
    meta.appendChild(doc.createTextNode('\n  '));
  }

  const graphEl = childElements(root, 'graph')[0]!;
  // Declared types: fixed, not inferred from this file's values (goldstein -2 is still a double).
  for (const attributes of childElements(graphEl, 'attributes')) {
    const table = attributes.getAttribute('class') === 'edge' ? EDGE_ATTRIBUTE_TYPES : NODE_ATTRIBUTE_TYPES;
    for (const attribute of childElements(attributes, 'attribute')) {
      const type = table[attribute.getAttribute('id') ?? ''];
      if (type) attribute.setAttribute('type', type);
    }
  }

  // Dynamics: when any document is dated, every dated element gets one spell per day it
  // appears; undated elements get none, which Gephi reads as "always there".
  const { nodes, edges } = elementDates(graph);
  const allDates = sortedUnique([...nodes.values(), ...edges.values()].flat());
  if (allDates.length > 0) {
    graphEl.setAttribute('mode', 'dynamic');
    graphEl.setAttribute('timeformat', 'date');
    graphEl.setAttribute('start', allDates[0]!);
    graphEl.setAttribute('end', allDates[allDates.length - 1]!);
    for (const [container, dates] of [
      ['nodes', nodes],
      ['edges', edges],
    ] as const) {
      for (const list of childElements(graphEl, container)) {
        for (const el of childElements(list, container.slice(0, -1))) {
          const d = dates.get(el.getAttribute('id') ?? '');
          if (d && d.length > 0) prependIndented(el, spellsElement(el, d, 3), 3);
        }
      }
    }
  }

  // Element counts help Gephi's importer report progress.
  for (const container of ['nodes', 'edges'] as const) {
    for (const list of childElements(graphEl, container)) {
      list.setAttribute('count', String(childElements(list, container.slice(0, -1)).length));
    }
  }
  const out = new XMLSerializer().serializeToString(doc);
  return out.endsWith('\n') ? out : `${out}\n`;
}

/** The graph as a GEXF 1.3 document (valid against the official XSD). */
export function writeGexf(graph: DiploGraph, options: GexfOptions = {}): string {
  const sorted = sortedCopy(graph);
  const xml = write(
    sorted as never,
    {
      version: '1.3',
      pedantic: true,
      pretty: true,
      formatNode: (key: string, attrs: NodeAttributes) => formatNode(key, attrs),
      formatEdge: (key: string, attrs: EdgeAttributes) => formatEdge(key, attrs),
    } as never,
  );
  sorted.replaceAttributes(graph.getAttributes());
  return postProcess(xml, sorted, options);
}
