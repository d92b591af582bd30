// The legend reads the same vocabulary tables as the renderer (src/model/vocab.ts).
import { ENTITY_COLORS, ENTITY_KINDS, POLARITY_COLORS, RELATION_COLOR, STANCES, STANCE_KINDS } from '../../../src/model/vocab.js';
import { clear, h } from '../dom.js';
import type { ViewState } from '../state/view-state.js';

const item = (color: string, text: string, line = false) =>
  h('div', { class: 'legend-item' }, h('span', { class: `swatch${line ? ' line' : ''}`, attrs: { style: `background:${color}` } }), text);

export function renderLegend(root: HTMLElement, state: ViewState): void {
  clear(root);
  for (const k of ENTITY_KINDS) root.append(item(ENTITY_COLORS[k], k === 'place' ? 'place (not an actor)' : k));
  if (state.edgeColor === 'kind') {
    for (const k of STANCE_KINDS) root.append(item(STANCES[k].color, `${k} (${STANCES[k].quad})`, true));
  } else {
    root.append(item(POLARITY_COLORS.positive, 'cooperative stance (+1)', true), item(POLARITY_COLORS.negative, 'conflictual stance (−1)', true));
  }
  root.append(item(RELATION_COLOR, 'role / membership / part-of (thin)', true));
  root.append(h('p', { class: 'hint', text: `Arrows point from actor to target. Parallel stances between the same pair curve apart. Node size: ${state.sizeBy}.` }));
}
