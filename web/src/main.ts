// The viewer: dataset -> view state -> visibility -> sigma (STYLE.md: the view is derived step by
// step; each panel is its own module). This file only wires them together.
import './style.css';
import { MultiDirectedGraph } from 'graphology';
import { rollUpToStates } from '../../src/graph/rollup.js';
import type { DiploGraph } from '../../src/model/graph.js';
import { GRAPH_SCHEMA_VERSION } from '../../src/model/vocab.js';
import { byId, h } from './dom.js';
import { renderDetails } from './panels/details.js';
import { mountExport } from './panels/export.js';
import { mountFilters } from './panels/filters.js';
import { legendEntries, renderLegend, sizeNote } from './panels/legend.js';
import { mountDrop, mountPaste } from './panels/paste.js';
import { mountSearch, SearchIndex } from './panels/search.js';
import { mountSamples, SAMPLES } from './panels/samples.js';
import { renderTables } from './panels/table.js';
import { mountTimeline } from './panels/timeline.js';
import { datasetFromGraph, embeddedDataset, ensurePositions, fetchDataset, type Dataset } from './state/dataset.js';
import { ViewStore } from './state/store.js';
import { decodeViewState, encodeViewState, PAGE_PARAMS } from './state/url.js';
import type { ViewState } from './state/view-state.js';
import { LayoutController } from './view/layout.js';
import { GraphRenderer } from './view/renderer.js';
import { computeVisibility, type Visibility } from './view/visibility.js';

const DEFAULT_GRAPH = 'graph-data/kerry-moscow.json';

const params = new URLSearchParams(location.search);
const embed = params.get('embed') === '1';
const store = new ViewStore(decodeViewState(params));

const app = byId('app');
const panel = byId('panel');
const countsEl = byId('counts');
const tableEl = byId('table');
const messageEl = byId('message');
if (embed) app.classList.add('embed');

function emptyGraph(): DiploGraph {
  const g: DiploGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  g.replaceAttributes({ schema: GRAPH_SCHEMA_VERSION, documents: [] });
  return g;
}

let dataset: Dataset = datasetFromGraph(emptyGraph(), '');
let rolled: DiploGraph | null = null;
let display: DiploGraph = dataset.graph;
let visibility: Visibility = { nodes: new Set(), edges: new Set(), isolated: 0 };
let searchIndex = new SearchIndex(display);
let firstFrame = true;

function message(text: string | null, error = false): void {
  messageEl.hidden = !text;
  messageEl.textContent = text ?? '';
  messageEl.classList.toggle('error', error);
}

const renderer = new GraphRenderer(byId('graph'), display, {
  clickNode: (key) => store.set({ selection: { type: 'node', key } }),
  clickEdge: (key) => store.set({ selection: { type: 'edge', key } }),
  clickStage: () => store.get().selection && store.set({ selection: null }),
  camera: (camera) => store.set({ camera }),
  afterRender: () => {
    if (firstFrame && display.order > 0) {
      firstFrame = false;
      performance.mark('diplograph:first-frame');
      document.body.dataset.rendered = 'true';
    }
  },
});

byId('fit').addEventListener('click', () => renderer.fit(visibility.nodes));
byId('zoom-in').addEventListener('click', () => renderer.zoom(1));
byId('zoom-out').addEventListener('click', () => renderer.zoom(-1));
// Keyboard zoom anywhere but in a text field: + and - zoom, 0 fits the visible graph.
window.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (target && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable)) return;
  if (event.key === '+' || event.key === '=') renderer.zoom(1);
  else if (event.key === '-' || event.key === '_') renderer.zoom(-1);
  else if (event.key === '0') renderer.fit(visibility.nodes);
  else return;
  event.preventDefault();
});

const layoutButton = byId<HTMLButtonElement>('layout');
const layout = new LayoutController((running) => {
  renderer.setLayoutRunning(running);
  layoutButton.textContent = running ? 'Stop layout' : 'Run layout';
  layoutButton.setAttribute('aria-pressed', String(running));
});
layoutButton.addEventListener('click', () => layout.toggle());

function displayGraph(state: ViewState): DiploGraph {
  if (!state.rollup) return dataset.graph;
  if (!rolled) {
    rolled = rollUpToStates(dataset.graph);
    ensurePositions(rolled);
  }
  return rolled;
}

function setDisplay(graph: DiploGraph): void {
  layout.setGraph(graph);
  display = graph;
  renderer.setGraph(graph, store.get());
  searchIndex = new SearchIndex(graph);
  search.setIndex(searchIndex, graph);
}

function openDataset(next: Dataset, keepView = false): void {
  dataset = next;
  rolled = null;
  firstFrame = true;
  if (!keepView) {
    const s = store.get();
    store.set({ selection: null, camera: null, docs: null, ego: 0, rollup: s.rollup });
  }
  setDisplay(displayGraph(store.get()));
  performance.mark('diplograph:sigma');
  byId('source-name').textContent = next.name;
  filters.refreshDocuments();
  timeline.refresh(next.documents);
  message(next.graph.order === 0 ? 'This graph is empty: no actors were found.' : null);
  applyView();
  performance.mark('diplograph:view');
  updateLegend();
  const s = store.get();
  if (s.camera) renderer.setCamera(s.camera);
  else {
    // sigma frames every node, hidden ones too (the isolated ring of a corpus): frame the visible.
    renderer.fit(visibility.nodes, false);
    if (s.selection?.type === 'node' && display.hasNode(s.selection.key)) renderer.centerOn(s.selection.key);
  }
  if (next.pendingValidation) finishValidation(next, next.pendingValidation);
}

// Safari has no requestIdleCallback: a timer with a short budget stands in.
const whenIdle: (step: (deadline: { timeRemaining(): number }) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (step) => requestIdleCallback(step)
    : (step) => setTimeout(() => step({ timeRemaining: () => 0 }), 16);

/** Runs the rest of a large file's validation while the page is idle; a bad file is closed, naming the field. */
function finishValidation(checked: Dataset, steps: Generator<void, void, void>): void {
  const step = (deadline: { timeRemaining(): number }) => {
    // Another file was opened meanwhile: its own validation is what counts.
    if (dataset !== checked) return;
    try {
      do if (steps.next().done) return;
      while (deadline.timeRemaining() > 0);
    } catch (err) {
      openDataset(datasetFromGraph(emptyGraph(), ''));
      message(`${checked.name}: ${(err as Error).message}`, true);
      return;
    }
    whenIdle(step);
  };
  whenIdle(step);
}

function updateCounts(): void {
  countsEl.textContent = `${visibility.nodes.size} nodes · ${visibility.edges.size} edges`;
  filters.setIsolated(visibility.isolated);
}

/** A human title: the sample's, else the only document's, else the file name. */
function graphTitle(): string {
  const sample = SAMPLES.find((s) => s.url.endsWith(`/${dataset.name}`));
  if (sample) return sample.title;
  const docs = [...dataset.documents.values()];
  if (docs.length === 1 && docs[0]!.title) return docs[0]!.title;
  return dataset.name || 'diplograph';
}

function updateLegend(): void {
  const state = store.get();
  const communities =
    state.nodeColor === 'community'
      ? { communities: renderer.getCommunities(), graph: display, importance: renderer.getImportance() }
      : null;
  renderLegend(byId('legend'), state, communities);
  renderLegend(byId('embed-legend'), state, communities);
}

function renderPanel(): void {
  renderDetails(
    panel,
    {
      graph: display,
      source: dataset.graph,
      documents: dataset.documents,
      hiddenEdges: (key) => !visibility.edges.has(key),
      state: store.get(),
      select: (selection) => store.set({ selection }),
    },
    () => store.set({ selection: null }),
  );
}

function renderTable(): void {
  if (tableEl.hidden) return;
  renderTables(tableEl, display, visibility, (type, key) => store.set({ selection: { type, key } }));
}

function applyView(): void {
  const state = store.get();
  visibility = computeVisibility(display, state, dataset.documents);
  renderer.applyVisibility(visibility);
  renderer.select(state.selection?.type === 'node' ? state.selection.key : null);
  updateCounts();
  renderPanel();
  renderTable();
}

const FILTER_KEYS: (keyof ViewState)[] = [
  'kinds',
  'stances',
  'relations',
  'polarity',
  'modalities',
  'docs',
  'dateFrom',
  'dateTo',
  'minWeight',
  'negated',
  'ego',
  'isolated',
];

let urlTimer: ReturnType<typeof setTimeout> | undefined;
function writeUrl(state: ViewState): void {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => {
    const next = encodeViewState(state, new URLSearchParams(location.search));
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }, 150);
}

function viewQuery(): string {
  const q = encodeViewState(store.get());
  for (const p of PAGE_PARAMS) q.delete(p);
  return q.toString();
}

store.subscribe((state, prev) => {
  if (state.rollup !== prev.rollup) {
    setDisplay(displayGraph(state));
    applyView();
  } else {
    if (
      state.sizeBy !== prev.sizeBy ||
      state.nodeColor !== prev.nodeColor ||
      state.edgeColor !== prev.edgeColor ||
      state.labels !== prev.labels
    ) {
      renderer.setAppearance(state, visibility);
    }
    const filterChanged = FILTER_KEYS.some((k) => state[k] !== prev[k]);
    const selectionChanged = state.selection !== prev.selection;
    if (filterChanged || (selectionChanged && state.ego > 0)) applyView();
    else if (selectionChanged) {
      renderer.select(state.selection?.type === 'node' ? state.selection.key : null);
      renderPanel();
    } else if (state.edgeColor !== prev.edgeColor) renderPanel();
  }
  if (state.edgeColor !== prev.edgeColor || state.sizeBy !== prev.sizeBy || state.nodeColor !== prev.nodeColor)
    updateLegend();
  writeUrl(state);
});

// --- panels ------------------------------------------------------------------------------------

const filters = mountFilters(byId('filters'), store, () => dataset.documents);
const timeline = mountTimeline(store);
const search = mountSearch(
  byId<HTMLInputElement>('search'),
  byId<HTMLUListElement>('search-results'),
  (key) => {
    store.set({ selection: { type: 'node', key } });
    renderer.centerOn(key);
  },
  (key) => visibility.nodes.has(key),
);
search.setIndex(searchIndex, display);

const viewToggle = byId<HTMLButtonElement>('view-toggle');
viewToggle.addEventListener('click', () => {
  tableEl.hidden = !tableEl.hidden;
  viewToggle.textContent = tableEl.hidden ? 'Table' : 'Graph';
  viewToggle.setAttribute('aria-pressed', String(!tableEl.hidden));
  renderTable();
  if (!tableEl.hidden) tableEl.querySelector<HTMLElement>('th button')?.focus();
});

mountExport({
  sigma: () => renderer.sigma,
  picture: () => {
    const state = store.get();
    const docs = [...dataset.documents.values()];
    const dates = docs
      .map((d) => d.date)
      .filter((d): d is string => !!d)
      .sort();
    const span =
      state.dateFrom || state.dateTo
        ? `${state.dateFrom ?? dates[0]} – ${state.dateTo ?? dates.at(-1)}`
        : dates.length
          ? `${dates[0]} – ${dates.at(-1)}`
          : '';
    const summary = [
      `${visibility.nodes.size} actors`,
      `${visibility.edges.size} edges`,
      `${docs.length} document${docs.length === 1 ? '' : 's'}`,
      span,
      state.rollup ? 'rolled up to states' : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const communities =
      state.nodeColor === 'community'
        ? { communities: renderer.getCommunities(), graph: display, importance: renderer.getImportance() }
        : null;
    return { title: graphTitle(), summary, legend: legendEntries(state, communities), note: sizeNote(state) };
  },
  graph: () => display,
  visibility: () => visibility,
  name: () => dataset.name || 'graph',
  viewQuery,
  message: (text, error) => message(text, error),
});

function enableEditing(): void {
  const openOther = (d: Dataset) => {
    samplesMenu?.show(null);
    openDataset(d);
  };
  mountPaste({ current: () => (dataset.graph.order ? dataset.graph : null), open: openOther });
  mountDrop({ open: openOther, error: (text) => message(text, true) });
}

if (embed) {
  const full = new URL(location.href);
  full.searchParams.delete('embed');
  byId('graph').parentElement!.append(
    h(
      'div',
      { class: 'embed-bar' },
      h('a', { text: 'open full viewer', attrs: { href: full.toString(), target: '_blank', rel: 'noopener' } }),
    ),
  );
}

// --- loading -------------------------------------------------------------------------------------

async function openUrl(url: string, keepView: boolean): Promise<void> {
  message(`Loading ${url}…`);
  openDataset(await fetchDataset(url), keepView);
}

let samplesMenu: ReturnType<typeof mountSamples> | null = null;
const samples = {
  show: (url: string | null) => {
    samplesMenu ??= mountSamples((sample) => {
      samplesMenu?.show(sample);
      openUrl(sample, false).catch((err: unknown) => {
        message(`Could not open ${sample}: ${err instanceof Error ? err.message : String(err)}`, true);
      });
    });
    samplesMenu.show(url);
  },
};

async function boot(): Promise<void> {
  try {
    const embedded = embeddedDataset();
    if (embedded) {
      if (embedded.readonly) byId('paste-section').hidden = true;
      else enableEditing();
      openDataset(embedded.dataset, true);
      return;
    }
    enableEditing();
    const url = params.get('graph') ?? DEFAULT_GRAPH;
    samples.show(url);
    try {
      await openUrl(url, true);
    } catch (err) {
      if (params.get('graph')) message(`Could not open ${url}: ${(err as Error).message}`, true);
      else message('No graph loaded yet: drop a graph file (.json, .gexf) here, or paste article text on the left.');
    }
  } catch (err) {
    message((err as Error).message, true);
  }
}

const ready = boot();

// A small handle for the browser tests and the benchmark.
Object.assign(window, {
  diplograph: {
    store,
    ready,
    renderer,
    get graph() {
      return display;
    },
    get visibility() {
      return visibility;
    },
    layout,
  },
});
