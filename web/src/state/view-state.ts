// The view state: what the user chose to see. It never touches the dataset; the view derives
// what sigma draws from it (view/visibility.ts), and it round-trips through the URL (url.ts).
import type { ViewFilter } from '../../../src/graph/filter.js';
import {
  ENTITY_KINDS,
  MODALITIES,
  STANCE_KINDS,
  type EntityKind,
  type Modality,
  type StanceKind,
} from '../../../src/model/vocab.js';

export type Selection = { type: 'node'; key: string } | { type: 'edge'; key: string } | null;

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface ViewState {
  kinds: EntityKind[];
  stances: StanceKind[];
  relations: boolean;
  /** Stance polarities shown. */
  polarity: (1 | -1)[];
  modalities: Modality[];
  /** Document ids shown; null: every document. */
  docs: string[] | null;
  dateFrom: string | null;
  dateTo: string | null;
  minWeight: number;
  /** Show edges whose evidence is all negated (hidden by default). */
  negated: boolean;
  /** Ego network of the selected node: 0 (off), 1 or 2 hops. */
  ego: 0 | 1 | 2;
  rollup: boolean;
  /** Show actors with no visible edge (hidden by default: a corpus has many). */
  isolated: boolean;
  /** Node size: weighted degree (evidence on the node's edges), degree or mentions. */
  sizeBy: 'weighted' | 'degree' | 'mentions';
  nodeColor: 'kind' | 'community';
  edgeColor: 'polarity' | 'kind';
  /** Label density: how many labels sigma tries to show. */
  labels: 'few' | 'normal' | 'many';
  selection: Selection;
  camera: CameraView | null;
}

export const POSITIVE_MODALITIES = MODALITIES.filter((m) => m !== 'negated');

/** Entity kinds shown by default: every actor kind; places (where things happened) are opt-in. */
export const DEFAULT_KINDS: readonly EntityKind[] = ENTITY_KINDS.filter((k) => k !== 'place');

export function defaultViewState(): ViewState {
  return {
    kinds: [...DEFAULT_KINDS],
    stances: [...STANCE_KINDS],
    relations: true,
    polarity: [1, -1],
    modalities: [...POSITIVE_MODALITIES],
    docs: null,
    dateFrom: null,
    dateTo: null,
    minWeight: 0,
    negated: false,
    ego: 0,
    rollup: false,
    isolated: false,
    sizeBy: 'weighted',
    nodeColor: 'kind',
    edgeColor: 'polarity',
    labels: 'normal',
    selection: null,
    camera: null,
  };
}

/** The dataset filter for a view state, in the exports engineer's vocabulary (src/graph/filter.ts). */
export function toViewFilter(state: ViewState): ViewFilter {
  const filter: ViewFilter = { relations: state.relations, showNegated: state.negated };
  if (state.kinds.length < ENTITY_KINDS.length) filter.kinds = state.kinds;
  if (state.stances.length < STANCE_KINDS.length) filter.stances = state.stances;
  if (state.polarity.length < 2) filter.polarity = state.polarity;
  // "negated" is governed by its own checkbox; the modality list names the others.
  const modalities = state.modalities.filter((m) => m !== 'negated');
  if (modalities.length < POSITIVE_MODALITIES.length)
    filter.modalities = state.negated ? [...modalities, 'negated'] : modalities;
  if (state.docs) filter.docs = state.docs;
  if (state.dateFrom) filter.dateFrom = state.dateFrom;
  if (state.dateTo) filter.dateTo = state.dateTo;
  if (state.minWeight > 0) filter.minWeight = state.minWeight;
  return filter;
}
