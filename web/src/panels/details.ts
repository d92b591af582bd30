// The side panel: a node with its kind, aliases, roles, documents and every edge with its
// evidence, or an edge with its evidence. Quotes are shown in their document context with the
// quoted words highlighted; all data goes in as text.
import type { DocumentInfo, EdgeAttributes, Evidence } from '../../../src/model/graph-file.js';
import type { DiploGraph } from '../../../src/model/graph.js';
import { ENTITY_COLORS, STANCES } from '../../../src/model/vocab.js';
import { clear, h } from '../dom.js';
import { edgeColor, isNegatedOnly } from '../view/appearance.js';
import type { ViewState } from '../state/view-state.js';

export interface DetailsContext {
  graph: DiploGraph;
  /** The graph before roll-up, to name what a state absorbed. */
  source: DiploGraph;
  documents: ReadonlyMap<string, DocumentInfo>;
  hiddenEdges: (key: string) => boolean;
  state: ViewState;
  select(selection: ViewState['selection']): void;
}

const EDGE_LIMIT = 60;
const CONTEXT_CHARS = 220;

function label(graph: DiploGraph, key: string | undefined): string {
  if (!key) return '';
  return graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
}

function nodeLink(ctx: DetailsContext, key: string): HTMLElement {
  if (!ctx.graph.hasNode(key)) return h('span', { text: label(ctx.source, key) });
  return h('button', {
    class: 'linkish',
    text: label(ctx.graph, key),
    attrs: { type: 'button', title: key },
    on: { click: () => ctx.select({ type: 'node', key }) },
  });
}

const BOUNDARY = /[.!?]["”’)\]]*\s+|\n/g;

/**
 * The quote in its document context: the sentence before it when the quote is a whole
 * sentence (else the rest of its own sentence), and likewise after; never more than
 * CONTEXT_CHARS either side. `cut*` say whether the context stops mid-sentence.
 */
export function evidenceContext(
  text: string,
  start: number,
  end: number,
): { before: string; quote: string; after: string; cutBefore: boolean; cutAfter: boolean } {
  const lo = Math.max(0, start - CONTEXT_CHARS);
  const ends: number[] = [];
  for (const m of text.slice(lo, start).matchAll(BOUNDARY)) ends.push(lo + m.index + m[0].length);
  let from = lo;
  let cutBefore = lo > 0;
  const last = ends[ends.length - 1];
  if (last !== undefined) {
    const previous = last >= start - 1 ? ends[ends.length - 2] : last;
    if (previous !== undefined) {
      from = previous;
      cutBefore = false;
    }
  }
  const hi = Math.min(text.length, end + CONTEXT_CHARS);
  const afters = [...text.slice(end, hi).matchAll(BOUNDARY)].map((m) => end + m.index + 1);
  let to = hi;
  let cutAfter = hi < text.length;
  // A whole-sentence quote gets the next sentence; a partial one the rest of its own.
  const pick = afters[0];
  if (pick !== undefined) {
    to = pick;
    cutAfter = false;
  }
  return {
    before: text.slice(from, start).trimStart(),
    quote: text.slice(start, end),
    after: text.slice(end, to).trimEnd(),
    cutBefore,
    cutAfter,
  };
}

function evidenceItem(ctx: DetailsContext, ev: Evidence): HTMLElement {
  const doc = ctx.documents.get(ev.doc);
  const context = h('p', { class: 'context' });
  if (doc?.text && ev.end <= doc.text.length) {
    const { before, quote, after, cutBefore, cutAfter } = evidenceContext(doc.text, ev.start, ev.end);
    context.append(cutBefore ? `…${before}` : before, h('mark', { text: quote }), cutAfter ? `${after}…` : after);
  } else {
    context.append('“', h('mark', { text: ev.quote }), '”');
  }
  const meta = h('div', { class: 'ev-meta' });
  meta.append(h('span', { text: doc?.title ?? ev.doc, attrs: { title: ev.doc } }));
  if (doc?.date) meta.append(` · ${doc.date}`);
  if (ev.speaker)
    meta.append(
      ' · speaker: ',
      h('strong', { text: label(ctx.graph.hasNode(ev.speaker) ? ctx.graph : ctx.source, ev.speaker) }),
    );
  meta.append(' · ', h('span', { class: `badge${ev.modality === 'negated' ? ' negated' : ''}`, text: ev.modality }));
  if (ev.cameo) meta.append(` · CAMEO ${ev.cameo}`);
  return h('div', { class: 'evidence', attrs: { 'data-testid': 'evidence' } }, context, meta);
}

function edgeSummary(attrs: EdgeAttributes): string {
  const parts = [`weight ${attrs.weight}`];
  if (attrs.family === 'stance') parts.push(`Goldstein ${attrs.goldstein}`, `CAMEO ${attrs.cameo}`);
  if (attrs.firstDate)
    parts.push(attrs.firstDate === attrs.lastDate ? attrs.firstDate : `${attrs.firstDate} – ${attrs.lastDate}`);
  if (isNegatedOnly(attrs)) parts.push('all evidence negated');
  return parts.join(' · ');
}

function kindLabel(attrs: EdgeAttributes): string {
  if (attrs.family === 'relation') return attrs.kind === 'role' && attrs.title ? `role: ${attrs.title}` : attrs.kind;
  return STANCES[attrs.kind].label;
}

function edgeBlock(ctx: DetailsContext, key: string, from: string | null): HTMLElement {
  const g = ctx.graph;
  const attrs = g.getEdgeAttributes(key);
  const source = g.source(key);
  const target = g.target(key);
  const head = h(
    'div',
    { class: 'edge-head' },
    h('span', { class: 'swatch line', attrs: { style: `background:${edgeColor(attrs, ctx.state.edgeColor)}` } }),
    from === source ? null : nodeLink(ctx, source),
    h('button', {
      class: 'linkish',
      text:
        from === null ? `→ ${kindLabel(attrs)} →` : from === source ? `${kindLabel(attrs)} →` : `→ ${kindLabel(attrs)}`,
      attrs: { type: 'button', title: 'Show this edge' },
      on: { click: () => ctx.select({ type: 'edge', key }) },
    }),
    from === target ? null : nodeLink(ctx, target),
    ctx.hiddenEdges(key) ? h('span', { class: 'badge', text: 'filtered out' }) : null,
  );
  const block = h('div', { class: 'edge' }, head, h('div', { class: 'meta', text: edgeSummary(attrs) }));
  for (const ev of attrs.evidence) block.append(evidenceItem(ctx, ev));
  return block;
}

function section(title: string, ...content: (Node | null)[]): HTMLElement {
  return h('section', {}, h('h3', { text: title }), ...content);
}

function renderNode(ctx: DetailsContext, key: string, panel: HTMLElement): void {
  const g = ctx.graph;
  const a = g.getNodeAttributes(key);
  const facts = [a.kind, a.subtype, a.country].filter(Boolean).join(' · ');
  panel.append(
    h('h2', {}, h('span', { class: 'swatch', attrs: { style: `background:${ENTITY_COLORS[a.kind]}` } }), ' ', a.label),
    h('p', { class: 'meta', text: `${facts} · ${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}` }),
  );
  if (a.aliases.length)
    panel.append(section('Also called', h('ul', {}, ...a.aliases.map((n) => h('li', { text: n })))));

  const roles: HTMLElement[] = [];
  g.forEachOutEdge(key, (_edge, e, _s, target) => {
    if (e.family !== 'relation') return;
    roles.push(h('li', {}, `${e.kind === 'role' ? (e.title ?? 'role') : e.kind} — `, nodeLink(ctx, target)));
  });
  g.forEachInEdge(key, (_edge, e, source) => {
    if (e.family !== 'relation') return;
    roles.push(h('li', {}, nodeLink(ctx, source), ` — ${e.kind === 'role' ? (e.title ?? 'role') : e.kind}`));
  });
  if (roles.length) panel.append(section('Roles and membership', h('ul', {}, ...roles)));

  const folded = (a as { folded?: string[] }).folded;
  if (Array.isArray(folded) && folded.length) {
    panel.append(section('Rolled up from', h('ul', {}, ...folded.map((k) => h('li', { text: label(ctx.source, k) })))));
  }

  const docs = new Map<string, number>();
  for (const m of a.mentions) docs.set(m.doc, (docs.get(m.doc) ?? 0) + 1);
  if (docs.size) {
    const items = [...docs].slice(0, 50).map(([id, n]) => {
      const d = ctx.documents.get(id);
      return h('li', { text: `${d?.title ?? id}${d?.date ? ` (${d.date})` : ''} — ${n} mention${n === 1 ? '' : 's'}` });
    });
    panel.append(section(`Documents (${docs.size})`, h('ul', {}, ...items)));
  }

  const edges = g.edges(key);
  // Visible edges first, then stances before relations, heaviest first.
  edges.sort((x, y) => {
    const hx = ctx.hiddenEdges(x) ? 1 : 0;
    const hy = ctx.hiddenEdges(y) ? 1 : 0;
    return hx - hy || g.getEdgeAttribute(y, 'weight') - g.getEdgeAttribute(x, 'weight') || (x < y ? -1 : 1);
  });
  const list = h('div', {});
  const show = (n: number) => {
    clear(list);
    for (const e of edges.slice(0, n)) list.append(edgeBlock(ctx, e, key));
    if (edges.length > n) {
      list.append(
        h('button', {
          text: `Show all ${edges.length} edges`,
          attrs: { type: 'button' },
          on: { click: () => show(edges.length) },
        }),
      );
    }
  };
  show(EDGE_LIMIT);
  panel.append(section(`Edges and evidence (${edges.length})`, list));
}

function renderEdge(ctx: DetailsContext, key: string, panel: HTMLElement): void {
  const g = ctx.graph;
  const a = g.getEdgeAttributes(key);
  panel.append(h('h2', { text: `${label(g, g.source(key))} → ${kindLabel(a)} → ${label(g, g.target(key))}` }));
  if (a.family === 'stance') {
    const info = STANCES[a.kind];
    panel.append(
      h('p', {
        class: 'meta',
        text: `${info.quad} · polarity ${a.polarity > 0 ? '+1 cooperative' : '−1 conflictual'}`,
      }),
    );
  } else if (a.host) {
    panel.append(h('p', { class: 'meta', text: `host: ${label(g, a.host)}` }));
  }
  panel.append(edgeBlock(ctx, key, null));
}

export function renderDetails(panel: HTMLElement, ctx: DetailsContext, onClose: () => void): void {
  clear(panel);
  const sel = ctx.state.selection;
  const exists = sel && (sel.type === 'node' ? ctx.graph.hasNode(sel.key) : ctx.graph.hasEdge(sel.key));
  if (!sel || !exists) {
    // Outside embeds the panel keeps its column, so the graph does not jump when it opens.
    panel.hidden = document.getElementById('app')?.classList.contains('embed') ?? false;
    panel.append(
      h('h2', { text: 'Details' }),
      h('p', {
        class: 'hint',
        text:
          'Click a node or an edge, or search for an actor, to see its roles, documents ' +
          'and every edge with its evidence.',
      }),
    );
    return;
  }
  panel.hidden = false;
  panel.append(
    h('button', {
      class: 'close',
      text: 'Close',
      attrs: { type: 'button', 'aria-label': 'Close details' },
      on: { click: onClose },
    }),
  );
  if (sel.type === 'node') renderNode(ctx, sel.key, panel);
  else renderEdge(ctx, sel.key, panel);
}
