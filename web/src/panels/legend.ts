// The legend reads the same vocabulary tables as the renderer (src/model/vocab.ts); in community
// mode it lists the largest communities by their best-known member.
import type { DiploGraph } from '../../../src/model/graph.js';
import {
  ENTITY_COLORS,
  ENTITY_KINDS,
  POLARITY_COLORS,
  RELATION_COLOR,
  STANCES,
  STANCE_KINDS,
} from '../../../src/model/vocab.js';
import { clear, h } from '../dom.js';
import type { ViewState } from '../state/view-state.js';
import { communityColor, COMMUNITY_PALETTE, SMALL_COMMUNITY_COLOR, type Communities } from '../view/appearance.js';

const item = (color: string, text: string, line = false) =>
  h(
    'div',
    { class: 'legend-item' },
    h('span', { class: `swatch${line ? ' line' : ''}`, attrs: { style: `background:${color}` } }),
    text,
  );

const SIZE_NAMES: Record<ViewState['sizeBy'], string> = {
  weighted: 'evidence on its edges',
  degree: 'number of edges',
  mentions: 'mentions',
};

/** A community named by its most important member ("community of Joseph Biden"). */
export interface CommunityLegend {
  communities: Communities;
  graph: DiploGraph;
  importance: ReadonlyMap<string, number>;
}

/** One line of the legend: a disc (nodes) or a stroke (edges), and its text. */
export interface LegendEntry {
  color: string;
  text: string;
  line: boolean;
}

function communityEntries(c: CommunityLegend): LegendEntry[] {
  const best = new Map<number, [string, number]>();
  c.graph.forEachNode((key, attrs) => {
    const index = c.communities.of.get(key);
    if (index === undefined) return;
    const v = c.importance.get(key) ?? 0;
    const cur = best.get(index);
    if (!cur || v > cur[1]) best.set(index, [attrs.label, v]);
  });
  const out: LegendEntry[] = [];
  c.communities.sizes.forEach((size, index) => {
    if (index >= COMMUNITY_PALETTE.length || size < 3) return;
    out.push({
      color: communityColor(c.communities, index),
      text: `${best.get(index)?.[0] ?? '?'} and ${size - 1} more`,
      line: false,
    });
  });
  out.push({ color: SMALL_COMMUNITY_COLOR, text: 'small communities', line: false });
  return out;
}

/** The legend's lines, for the sidebar, the embed and the PNG export alike. */
export function legendEntries(state: ViewState, communities: CommunityLegend | null = null): LegendEntry[] {
  const out: LegendEntry[] = [];
  if (state.nodeColor === 'community' && communities) out.push(...communityEntries(communities));
  else
    for (const k of ENTITY_KINDS)
      out.push({ color: ENTITY_COLORS[k], text: k === 'place' ? 'place (not an actor)' : k, line: false });
  if (state.edgeColor === 'kind') {
    for (const k of STANCE_KINDS) out.push({ color: STANCES[k].color, text: `${k} (${STANCES[k].quad})`, line: true });
  } else {
    out.push({ color: POLARITY_COLORS.positive, text: 'cooperative stance (+1)', line: true });
    out.push({ color: POLARITY_COLORS.negative, text: 'conflictual stance (−1)', line: true });
  }
  out.push({ color: RELATION_COLOR, text: 'role / membership / part-of (thin)', line: true });
  return out;
}

export function sizeNote(state: ViewState): string {
  return `Arrows point from actor to target. Node size: ${SIZE_NAMES[state.sizeBy]}.`;
}

export function renderLegend(root: HTMLElement, state: ViewState, communities: CommunityLegend | null = null): void {
  clear(root);
  for (const e of legendEntries(state, communities)) root.append(item(e.color, e.text, e.line));
  root.append(h('p', { class: 'hint', text: sizeNote(state) }));
}
