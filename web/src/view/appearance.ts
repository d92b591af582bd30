// Visual attributes derived from the data: colours by kind and polarity, sizes by mentions or
// degree. Pure functions over attributes, shared by the renderer, the legend and the exports.
import type { EdgeAttributes, NodeAttributes } from '../../../src/model/graph-file.js';
import type { DiploGraph } from '../../../src/model/graph.js';
import { ENTITY_COLORS, POLARITY_COLORS, RELATION_COLOR, STANCES } from '../../../src/model/vocab.js';
import type { ViewState } from '../state/view-state.js';

export const DIMMED_COLOR = 'rgb(226,232,240)';

export function nodeColor(attrs: NodeAttributes): string {
  return ENTITY_COLORS[attrs.kind] ?? '#666';
}

/** An edge whose evidence is all negated: shown only on request, and drawn faded. */
export function isNegatedOnly(attrs: EdgeAttributes): boolean {
  return attrs.evidence.length > 0 && attrs.evidence.every((e) => e.modality === 'negated');
}

export function edgeColor(attrs: EdgeAttributes, mode: ViewState['edgeColor']): string {
  if (attrs.family === 'relation') return RELATION_COLOR;
  if (mode === 'kind') return STANCES[attrs.kind]?.color ?? RELATION_COLOR;
  return attrs.polarity === 1 ? POLARITY_COLORS.positive : POLARITY_COLORS.negative;
}

export function edgeSize(attrs: EdgeAttributes): number {
  if (attrs.family === 'relation') return 1;
  return 1.6 + Math.min(4, Math.log2(1 + attrs.weight) * 1.2);
}

export function edgeOpacity(attrs: EdgeAttributes): number {
  return isNegatedOnly(attrs) ? 0.45 : attrs.family === 'relation' ? 0.75 : 0.9;
}

/**
 * Writes node sizes (screen pixels, by mention count or degree in the displayed graph) into the
 * graph's optional `size` attribute, so sigma reads them without a reducer and an exported
 * view keeps them.
 */
export function assignNodeSizes(graph: DiploGraph, by: ViewState['sizeBy']): void {
  graph.updateEachNodeAttributes(
    (key, attrs) => {
      const value = by === 'degree' ? graph.degree(key) : attrs.mentions.length;
      attrs.size = Math.round(Math.min(28, 4 + 2.4 * Math.sqrt(value)) * 100) / 100;
      return attrs;
    },
    { attributes: ['size'] },
  );
}
