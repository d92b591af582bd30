// View state <-> URL query. Only what differs from the defaults is written, so a shared link
// stays short; unknown values are ignored rather than trusted.
import {
  ENTITY_KINDS,
  MODALITIES,
  STANCE_KINDS,
  type EntityKind,
  type Modality,
  type StanceKind,
} from '../../../src/model/vocab.js';
import { defaultViewState, type CameraView, type Selection, type ViewState } from './view-state.js';

/** Query parameters that belong to the page, not to the view state. */
export const PAGE_PARAMS = ['graph', 'embed'] as const;

const VIEW_PARAMS = [
  'k',
  'st',
  'rel',
  'pol',
  'mod',
  'docs',
  'from',
  'to',
  'w',
  'neg',
  'ego',
  'rollup',
  'iso',
  'size',
  'ncol',
  'ecol',
  'labels',
  'sel',
  'cam',
];

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] | undefined {
  if (value === null) return undefined;
  if (value === '') return [];
  return value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function encodeViewState(state: ViewState, params = new URLSearchParams()): URLSearchParams {
  for (const p of VIEW_PARAMS) params.delete(p);
  const d = defaultViewState();
  if (!sameSet(state.kinds, d.kinds)) params.set('k', state.kinds.join(','));
  if (!sameSet(state.stances, d.stances)) params.set('st', state.stances.join(','));
  if (!state.relations) params.set('rel', '0');
  if (state.polarity.length === 1) params.set('pol', state.polarity[0] === 1 ? '+' : '-');
  else if (state.polarity.length === 0) params.set('pol', '0');
  if (!sameSet(state.modalities, d.modalities)) params.set('mod', state.modalities.join(','));
  if (state.docs) params.set('docs', state.docs.join(','));
  if (state.dateFrom) params.set('from', state.dateFrom);
  if (state.dateTo) params.set('to', state.dateTo);
  if (state.minWeight > 0) params.set('w', String(state.minWeight));
  if (state.negated) params.set('neg', '1');
  if (state.ego) params.set('ego', String(state.ego));
  if (state.rollup) params.set('rollup', '1');
  if (state.isolated) params.set('iso', '1');
  if (state.sizeBy !== d.sizeBy) params.set('size', state.sizeBy);
  if (state.nodeColor !== d.nodeColor) params.set('ncol', state.nodeColor);
  if (state.edgeColor !== d.edgeColor) params.set('ecol', state.edgeColor);
  if (state.labels !== d.labels) params.set('labels', state.labels);
  if (state.selection) params.set('sel', `${state.selection.type === 'node' ? 'n' : 'e'}:${state.selection.key}`);
  if (state.camera) {
    const c = state.camera;
    params.set('cam', [c.x, c.y, c.ratio, c.angle].map((v) => String(Math.round(v * 10000) / 10000)).join(','));
  }
  return params;
}

export function decodeViewState(params: URLSearchParams): ViewState {
  const state = defaultViewState();
  state.kinds = list<EntityKind>(params.get('k'), ENTITY_KINDS) ?? state.kinds;
  state.stances = list<StanceKind>(params.get('st'), STANCE_KINDS) ?? state.stances;
  state.relations = params.get('rel') !== '0';
  const pol = params.get('pol');
  if (pol === '+') state.polarity = [1];
  else if (pol === '-') state.polarity = [-1];
  else if (pol === '0') state.polarity = [];
  state.modalities = list<Modality>(params.get('mod'), MODALITIES) ?? state.modalities;
  const docs = params.get('docs');
  if (docs !== null) state.docs = docs === '' ? [] : docs.split(',');
  const from = params.get('from');
  const to = params.get('to');
  if (from && isoDate.test(from)) state.dateFrom = from;
  if (to && isoDate.test(to)) state.dateTo = to;
  const w = Number(params.get('w'));
  if (Number.isFinite(w) && w > 0) state.minWeight = Math.floor(w);
  state.negated = params.get('neg') === '1';
  const ego = params.get('ego');
  if (ego === '1' || ego === '2') state.ego = Number(ego) as 1 | 2;
  state.rollup = params.get('rollup') === '1';
  state.isolated = params.get('iso') === '1';
  const size = params.get('size');
  if (size === 'degree' || size === 'mentions') state.sizeBy = size;
  if (params.get('ncol') === 'community') state.nodeColor = 'community';
  if (params.get('ecol') === 'kind') state.edgeColor = 'kind';
  const labels = params.get('labels');
  if (labels === 'few' || labels === 'many') state.labels = labels;
  state.selection = decodeSelection(params.get('sel'));
  state.camera = decodeCamera(params.get('cam'));
  return state;
}

function decodeSelection(value: string | null): Selection {
  if (!value) return null;
  const m = /^([ne]):(.+)$/.exec(value);
  if (!m) return null;
  return { type: m[1] === 'n' ? 'node' : 'edge', key: m[2]! };
}

function decodeCamera(value: string | null): CameraView | null {
  if (!value) return null;
  const parts = value.split(',').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p)) || parts[2]! <= 0) return null;
  const [x, y, ratio, angle] = parts as [number, number, number, number];
  return { x, y, ratio, angle };
}
