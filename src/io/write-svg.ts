// A static SVG picture for reports (DESIGN.md §7): laid-out nodes with labels, directed stance
// edges coloured by kind with arrowheads, a line style per polarity so the picture survives
// black-and-white print (solid cooperative, dashed conflictual, dotted relations), a legend and
// a title. Edges whose evidence is all negated are not drawn (as in the viewer by default).
//
// Every string from the graph goes through `esc`: a label "<script>…" or "onerror=…" is text,
// never markup. Colours go through `toRgb`, so no attribute value is copied verbatim.
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-file.js';
import { type DiploGraph, graphDocuments } from '../model/graph.js';
import {
  ENTITY_COLORS,
  ENTITY_KINDS,
  RELATION_COLOR,
  STANCES,
  STANCE_KINDS,
  type EntityKind,
  type StanceKind,
} from '../model/vocab.js';
import { edgeVisible } from '../graph/filter.js';
import { toRgb, xmlSafe } from './write-gexf.js';
import { hashKey, seededRandom } from '../graph/seeded.js';

// graphology-layout-forceatlas2 is CommonJS: its default export is the module itself.
const forceAtlas2 = ((forceAtlas2Module as unknown as { default?: unknown }).default ??
  forceAtlas2Module) as unknown as typeof forceAtlas2Module.default;

export interface SvgOptions {
  width?: number;
  height?: number;
  /** Heading of the picture (default: the single document's title, else "diplograph"). */
  title?: string;
}

export const SVG_DEFAULT_SIZE = { width: 1200, height: 800 } as const;

/** Escapes text for an SVG/XML text node or a double-quoted attribute. */
export function esc(value: unknown): string {
  return xmlSafe(String(value))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const r2 = (n: number) => Math.round(n * 100) / 100;
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Positions for every node: the graph's own x/y when every node has them, else a synchronous
 * ForceAtlas2 from seeded positions (nodes that have x/y start there).
 */
export function layoutPositions(graph: DiploGraph): Map<string, { x: number; y: number }> {
  const keys = [...graph.nodes()].sort(byString);
  const out = new Map<string, { x: number; y: number }>();
  const placed = keys.every((k) => finite(graph.getNodeAttribute(k, 'x')) && finite(graph.getNodeAttribute(k, 'y')));
  if (placed) {
    for (const k of keys) out.set(k, { x: graph.getNodeAttribute(k, 'x')!, y: graph.getNodeAttribute(k, 'y')! });
    return out;
  }
  const work = new MultiDirectedGraph<{ x: number; y: number }, { weight: number }>();
  for (const k of keys) {
    const a = graph.getNodeAttributes(k);
    const rand = seededRandom(hashKey(k));
    const x = finite(a.x) && finite(a.y) ? a.x : (rand() - 0.5) * 100;
    const y = finite(a.x) && finite(a.y) ? a.y : (rand() - 0.5) * 100;
    work.addNode(k, { x, y });
  }
  for (const e of [...graph.edges()].sort(byString)) {
    work.addEdge(graph.source(e), graph.target(e), { weight: Math.max(1, graph.getEdgeAttribute(e, 'weight')) });
  }
  if (work.order > 1) {
    const iterations = work.order > 2000 ? 60 : work.order > 300 ? 150 : 300;
    // Strong gravity keeps isolated actors (a news graph has many) near the rest instead of
    // pushing them to the edges, where they would shrink the picture of everything else.
    const settings = { ...forceAtlas2.inferSettings(work as never), strongGravityMode: true, gravity: 0.5 };
    const positions = forceAtlas2(work as never, { iterations, settings, getEdgeWeight: 'weight' });
    for (const k of keys) out.set(k, positions[k] ?? work.getNodeAttributes(k));
  } else {
    for (const k of keys) out.set(k, { x: 0, y: 0 });
  }
  return out;
}

interface Placed {
  key: string;
  x: number;
  y: number;
  r: number;
  label: string;
}

const LABEL_GAP = 13; // from the circle to the label's baseline
const LABEL_HEIGHT = 16;

/** Rough width of a 12px sans-serif label: enough to keep labels from colliding. */
function labelWidth(label: string): number {
  let w = 0;
  for (const ch of label)
    w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]/.test(ch)
      ? 12
      : /[A-Z]/.test(ch)
        ? 8
        : 6.6;
  return w;
}

/** How far the circle and its label reach from the node centre. */
function extents(n: Placed) {
  const half = Math.max(n.r, labelWidth(n.label) / 2);
  return { left: half, right: half, top: n.r, bottom: n.r + LABEL_GAP + LABEL_HEIGHT / 2 };
}

/**
 * The largest scale that puts every node, label included, inside [lo, hi] on
 * one axis: maximise s subject to lo_i <= a + s * u_i <= hi_i.
 */
function fitAxis(u: readonly number[], lo: readonly number[], hi: readonly number[]): number {
  if (u.length > 1500) {
    // Quadratic below; for large graphs the bounding-box bound (safe, slightly smaller).
    // Reduced in loops: Math.max(...u) overflows the stack on a graph of ~100,000 nodes.
    let uMin = Infinity;
    let uMax = -Infinity;
    let hiMin = Infinity;
    let loMax = -Infinity;
    for (let i = 0; i < u.length; i++) {
      uMin = Math.min(uMin, u[i]!);
      uMax = Math.max(uMax, u[i]!);
      hiMin = Math.min(hiMin, hi[i]!);
      loMax = Math.max(loMax, lo[i]!);
    }
    const span = uMax - uMin;
    return span > 0 ? Math.max(0, (hiMin - loMax) / span) : Infinity;
  }
  let s = Infinity;
  for (let i = 0; i < u.length; i++) {
    for (let j = 0; j < u.length; j++) {
      if (u[i]! > u[j]!) s = Math.min(s, (hi[i]! - lo[j]!) / (u[i]! - u[j]!));
    }
  }
  return Math.max(0, s);
}

function offsetFor(u: readonly number[], lo: readonly number[], hi: readonly number[], s: number): number {
  let min = -Infinity;
  let max = Infinity;
  for (let i = 0; i < u.length; i++) {
    min = Math.max(min, lo[i]! - s * u[i]!);
    max = Math.min(max, hi[i]! - s * u[i]!);
  }
  return min <= max ? (min + max) / 2 : min;
}

/** Scales and centres the nodes into the area so that circles and labels stay inside. */
function fit(nodes: Placed[], area: { x: number; y: number; w: number; h: number }): Placed[] {
  if (nodes.length === 0) return nodes;
  const ext = nodes.map(extents);
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const xlo = ext.map((e) => area.x + e.left);
  const xhi = ext.map((e) => area.x + area.w - e.right);
  const ylo = ext.map((e) => area.y + e.top);
  const yhi = ext.map((e) => area.y + area.h - e.bottom);
  const sx = fitAxis(xs, xlo, xhi);
  const sy = fitAxis(ys, ylo, yhi);
  let s = Math.min(sx, sy);
  if (!Number.isFinite(s)) s = 1; // every node in one spot
  const ax = offsetFor(xs, xlo, xhi, s);
  const ay = offsetFor(ys, ylo, yhi, s);
  return nodes.map((n) => ({ ...n, x: ax + s * n.x, y: ay + s * n.y }));
}

/** Pushes apart nodes whose circle-and-label boxes overlap (in screen pixels). */
function separate(nodes: Placed[], rounds = 40): Placed[] {
  const out = nodes.map((n) => ({ ...n }));
  if (out.length > 800) return out; // quadratic: large graphs keep the layout as it is
  const ext = out.map(extents);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        const ea = ext[i]!;
        const eb = ext[j]!;
        const ox = Math.min(a.x + ea.right, b.x + eb.right) - Math.max(a.x - ea.left, b.x - eb.left) + 4;
        const oy = Math.min(a.y + ea.bottom, b.y + eb.bottom) - Math.max(a.y - ea.top, b.y - eb.top) + 2;
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (oy <= ox) {
          const d = (b.y > a.y || (b.y === a.y && j > i) ? 1 : -1) * (oy / 2);
          a.y -= d;
          b.y += d;
        } else {
          const d = (b.x > a.x || (b.x === a.x && j > i) ? 1 : -1) * (ox / 2);
          a.x -= d;
          b.x += d;
        }
      }
    }
    if (!moved) break;
  }
  return out;
}

/** Screen positions: fitted, de-overlapped, fitted again (the second fit may shrink a little). */
function placeNodes(nodes: Placed[], area: { x: number; y: number; w: number; h: number }): Placed[] {
  if (nodes.length === 1) return [{ ...nodes[0]!, x: area.x + area.w / 2, y: area.y + area.h / 2 }];
  let placed = fit(nodes, area);
  for (let pass = 0; pass < 3; pass++) placed = fit(separate(placed), area);
  return placed;
}

function nodeRadius(attrs: NodeAttributes): number {
  if (finite(attrs.size) && attrs.size > 0) return Math.max(3, Math.min(24, attrs.size / 1.5));
  return Math.min(20, 5 + 2 * Math.sqrt(attrs.mentions.length));
}

function nodeColour(attrs: NodeAttributes): string {
  return toRgb(attrs.color) ?? ENTITY_COLORS[attrs.kind];
}

function edgeColour(attrs: EdgeAttributes): string {
  return toRgb(attrs.color) ?? (attrs.family === 'stance' ? STANCES[attrs.kind].color : undefined) ?? RELATION_COLOR;
}

const DASH: Record<'solid' | 'dashed' | 'dotted', string> = { solid: '', dashed: '7 4', dotted: '1.5 3.5' };

/**
 * One line pattern per stance kind, so a black-and-white print still tells demands from
 * criticism: cooperative kinds solid or long-dashed, conflictual kinds short-dashed with more
 * dots the harder they are; relations stay dotted.
 */
export const STANCE_DASHES: Readonly<Record<StanceKind, string>> = {
  meets: '',
  cooperates: '14 4',
  supports: '14 4 3 4',
  demands: '4 3',
  criticises: '7 4',
  threatens: '7 3 2 3',
  coerces: '7 3 2 3 2 3',
  fights: '12 3 4 3',
};

function dashAttr(style: 'solid' | 'dashed' | 'dotted'): string {
  return DASH[style] ? ` stroke-dasharray="${DASH[style]}"` : '';
}

/** The edge's pattern: its stance kind's, dotted for relations. */
function edgeDashAttr(attrs: EdgeAttributes): string {
  if (attrs.family === 'relation') return `${dashAttr('dotted')} stroke-linecap="round"`;
  const dash = STANCE_DASHES[attrs.kind];
  // Butt caps: round ones would close the short gaps.
  return dash ? ` stroke-dasharray="${dash}" stroke-linecap="butt"` : ' stroke-linecap="round"';
}

const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif`;

function defaultTitle(graph: DiploGraph): string {
  const docs = graphDocuments(graph);
  if (docs.length === 1 && docs[0]!.title) return docs[0]!.title;
  return 'diplograph';
}

/** The graph as a standalone SVG document. */
export function writeSvg(graph: DiploGraph, options: SvgOptions = {}): string {
  const width = finite(options.width) && options.width >= 200 ? Math.round(options.width) : SVG_DEFAULT_SIZE.width;
  const height = finite(options.height) && options.height >= 200 ? Math.round(options.height) : SVG_DEFAULT_SIZE.height;
  const title = options.title ?? defaultTitle(graph);
  const documents = graphDocuments(graph);

  const nodeKeys = [...graph.nodes()].sort(byString);
  const edgeKeys = [...graph.edges()]
    .sort(byString)
    .filter((e) => edgeVisible(graph.getEdgeAttributes(e), {}, documents));

  // Frame: a header band for the title, a legend column on the right, the drawing in between.
  const header = 56;
  const legendWidth = Math.min(210, Math.round(width * 0.3));
  const margin = 28;
  const area = { x: margin, y: header + margin, w: width - legendWidth - 2 * margin, h: height - header - 2 * margin };

  // Fit the layout into the area (y flipped: graph coordinates point up, as in sigma and Gephi),
  // labels included, then move overlapping actors and labels apart.
  const positions = layoutPositions(graph);
  const placed = placeNodes(
    nodeKeys.map((k) => {
      const attrs = graph.getNodeAttributes(k);
      const p = positions.get(k)!;
      return { key: k, x: p.x, y: -p.y, r: nodeRadius(attrs), label: attrs.label };
    }),
    area,
  );
  const screen = new Map(placed.map((n) => [n.key, { x: r2(n.x), y: r2(n.y), r: r2(n.r) }]));

  // Arrowheads: one marker per colour in use.
  const colours = [...new Set(edgeKeys.map((e) => edgeColour(graph.getEdgeAttributes(e))))].sort();
  const markerId = new Map(colours.map((c, i) => [c, `arrow-${i}`]));

  // Parallel and reciprocal edges bend apart: each pair of nodes gets its edges spread around
  // the straight line (Russia -> US cooperates and criticises stay two visible arrows).
  const pairs = new Map<string, string[]>();
  for (const e of edgeKeys) {
    const [a, b] = [graph.source(e), graph.target(e)].sort(byString);
    const id = `${a}\u0000${b}`;
    pairs.set(id, [...(pairs.get(id) ?? []), e]);
  }
  const bend = new Map<string, number>();
  for (const list of pairs.values()) list.forEach((e, i) => bend.set(e, (i - (list.length - 1) / 2) * 26));

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
      ` role="img" aria-labelledby="diplograph-title diplograph-desc" font-family="${esc(FONT)}">`,
  );
  out.push(`<title id="diplograph-title">${esc(title)}</title>`);
  const docCount = `${documents.length} document${documents.length === 1 ? '' : 's'}`;
  const rolledUp = graph.getAttribute('rollup') ? ', rolled up to states' : '';
  const summary = `${nodeKeys.length} actors, ${edgeKeys.length} edges, ${docCount}${rolledUp}`;
  out.push(`<desc id="diplograph-desc">${esc(summary)}</desc>`);
  out.push('<defs>');
  for (const c of colours) {
    out.push(
      `<marker id="${markerId.get(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9"` +
        ` markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${esc(c)}"/></marker>`,
    );
  }
  out.push('</defs>');
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${margin}" y="30" font-size="20" font-weight="600" fill="#111827">${esc(title)}</text>`);
  out.push(`<text x="${margin}" y="48" font-size="12" fill="#4b5563">${esc(summary)}</text>`);

  // Edges under nodes.
  out.push('<g class="edges" fill="none">');
  for (const e of edgeKeys) {
    const attrs = graph.getEdgeAttributes(e);
    const s = screen.get(graph.source(e))!;
    const t = screen.get(graph.target(e))!;
    const [a] = [graph.source(e), graph.target(e)].sort(byString);
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    // The normal of the canonical direction (a -> b), so reciprocal edges bend to opposite sides.
    const sign = a === graph.source(e) ? 1 : -1;
    const nx = (-dy / len) * sign;
    const ny = (dx / len) * sign;
    const k = bend.get(e) ?? 0;
    const cx = (s.x + t.x) / 2 + nx * k * 2;
    const cy = (s.y + t.y) / 2 + ny * k * 2;
    const toward = (p: { x: number; y: number }, q: { x: number; y: number }, d: number) => {
      const l = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return { x: p.x + ((q.x - p.x) / l) * d, y: p.y + ((q.y - p.y) / l) * d };
    };
    const start = toward(s, { x: cx, y: cy }, s.r + 1);
    const end = toward(t, { x: cx, y: cy }, t.r + 2);
    const colour = edgeColour(attrs);
    const widthPx = r2(Math.min(5, 1.2 + Math.log2(1 + Math.max(0, attrs.weight))));
    const path =
      k === 0
        ? `M${r2(start.x)},${r2(start.y)} L${r2(end.x)},${r2(end.y)}`
        : `M${r2(start.x)},${r2(start.y)} Q${r2(cx)},${r2(cy)} ${r2(end.x)},${r2(end.y)}`;
    const quote = attrs.evidence[0]?.quote.replace(/\s+/g, ' ').trim();
    const what = attrs.family === 'relation' && attrs.title ? `${attrs.kind}: ${attrs.title}` : attrs.kind;
    const from = graph.getNodeAttribute(graph.source(e), 'label');
    const to = graph.getNodeAttribute(graph.target(e), 'label');
    const tip = `${from} ${what} ${to} (weight ${attrs.weight})${quote ? ` — “${quote}”` : ''}`;
    out.push(
      `<path d="${path}" stroke="${esc(colour)}" stroke-width="${widthPx}"${edgeDashAttr(attrs)}` +
        ` marker-end="url(#${markerId.get(colour)})"><title>${esc(tip)}</title></path>`,
    );
  }
  out.push('</g>');

  // Nodes, then labels on top with a white halo.
  out.push('<g class="nodes" stroke="#ffffff" stroke-width="1.5">');
  for (const k of nodeKeys) {
    const p = screen.get(k)!;
    const attrs = graph.getNodeAttributes(k);
    const tip = `${attrs.label} (${attrs.kind})`;
    out.push(
      `<circle cx="${p.x}" cy="${p.y}" r="${p.r}" fill="${esc(nodeColour(attrs))}"><title>${esc(tip)}</title></circle>`,
    );
  }
  out.push('</g>');
  out.push(
    '<g class="labels" font-size="12" fill="#111827" text-anchor="middle"' +
      ' stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">',
  );
  for (const k of nodeKeys) {
    const p = screen.get(k)!;
    out.push(`<text x="${p.x}" y="${r2(p.y + p.r + 13)}">${esc(graph.getNodeAttribute(k, 'label'))}</text>`);
  }
  out.push('</g>');

  out.push(legend(graph, edgeKeys, width - legendWidth, header + 8));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function legend(graph: DiploGraph, edgeKeys: readonly string[], x: number, y: number): string {
  const kinds = new Set<EntityKind>(graph.mapNodes((_k, a) => a.kind));
  const stances = new Set(
    edgeKeys.map((e) => graph.getEdgeAttributes(e)).flatMap((a) => (a.family === 'stance' ? [a.kind] : [])),
  );
  const relations = edgeKeys.some((e) => graph.getEdgeAttribute(e, 'family') === 'relation');
  const lines: string[] = [`<g class="legend" font-size="12" fill="#111827" transform="translate(${x},${y})">`];
  let row = 14;
  const heading = (text: string) => {
    lines.push(`<text x="10" y="${row}" font-weight="600">${esc(text)}</text>`);
    row += 18;
  };
  heading('Actors');
  for (const kind of ENTITY_KINDS) {
    if (!kinds.has(kind)) continue;
    const swatch = `<circle cx="18" cy="${row - 4}" r="6" fill="${esc(ENTITY_COLORS[kind])}"/>`;
    lines.push(`${swatch}<text x="32" y="${row}">${esc(kind)}</text>`);
    row += 18;
  }
  if (stances.size > 0 || relations) {
    row += 6;
    heading('Edges');
    for (const kind of STANCE_KINDS) {
      if (!stances.has(kind)) continue;
      const info = STANCES[kind];
      const dash = STANCE_DASHES[kind] ? ` stroke-dasharray="${STANCE_DASHES[kind]}"` : '';
      lines.push(
        `<line x1="10" y1="${row - 4}" x2="40" y2="${row - 4}"` +
          ` stroke="${esc(info.color)}" stroke-width="2.5"${dash}/><text x="48" y="${row}">${esc(info.label)}</text>`,
      );
      row += 18;
    }
    if (relations) {
      lines.push(
        `<line x1="10" y1="${row - 4}" x2="40" y2="${row - 4}" stroke="${esc(RELATION_COLOR)}" stroke-width="2.5"` +
          ` stroke-linecap="round"${dashAttr('dotted')}/><text x="48" y="${row}">role, membership</text>`,
      );
      row += 18;
    }
    row += 6;
    const notes = [
      'each stance kind its own pattern:',
      'solid or long dashes: cooperative',
      'dashed: conflictual',
      'dotted: relation',
      'thicker: more evidence',
    ];
    for (const note of notes) {
      lines.push(`<text x="10" y="${row}" font-size="11" fill="#4b5563">${esc(note)}</text>`);
      row += 15;
    }
  }
  lines.push('</g>');
  return lines.join('\n');
}
