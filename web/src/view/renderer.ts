// The sigma renderer: styles declared once, data-dependent values precomputed as attributes, filters
// applied as sigma's `isHidden` state (only the items whose visibility changed are touched).
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { extremityArrow, layerPlain, pathCurved, pathLine } from 'sigma/rendering';
import type { EdgeAttributes, NodeAttributes } from '../../../src/model/graph-file.js';
import type { DiploGraph } from '../../../src/model/graph.js';
import type { CameraView, ViewState } from '../state/view-state.js';
import { RELATION_COLOR } from '../../../src/model/vocab.js';
import {
  assignEdgeStyles,
  assignNodeColors,
  assignNodeSizes,
  DIMMED_COLOR,
  detectCommunities,
  type Communities,
} from './appearance.js';
import type { Visibility } from './visibility.js';
import { edgeTable } from './edge-table.js';

type NodeState = { isFocus: boolean; isSelected: boolean; isTop: boolean; isNeighbour: boolean };
type GraphState = { hasFocus: boolean };
export type DiploSigma = Sigma<NodeAttributes, EdgeAttributes, Record<string, unknown>, NodeState, object, GraphState>;

type Dimmed = { isFocus?: boolean; isHovered: boolean; isSelected?: boolean; isHighlighted: boolean };
const dimmedNode = (_a: unknown, state: Dimmed, graphState: GraphState) =>
  graphState.hasFocus && !state.isFocus && !state.isHovered && !state.isSelected;
const dimmedEdge = (_a: unknown, state: Dimmed, graphState: GraphState) =>
  graphState.hasFocus && !state.isHighlighted && !state.isHovered;

export interface RendererEvents {
  clickNode(key: string): void;
  clickEdge(key: string): void;
  clickStage(): void;
  camera(view: CameraView): void;
  afterRender(): void;
}

// Labels: sigma's label grid keeps the largest node of each cell (sizes follow importance), the
// cells are about one label wide so neighbouring labels rarely meet; the top actors, the
// selection and its neighbours always carry theirs.
const LABEL_SETTINGS = {
  few: { labelDensity: 0.4, labelRenderedSizeThreshold: 12, labelGridCellSize: 220 },
  normal: { labelDensity: 0.8, labelRenderedSizeThreshold: 7, labelGridCellSize: 150 },
  many: { labelDensity: 2, labelRenderedSizeThreshold: 2, labelGridCellSize: 100 },
} as const;

/** How many of the most important visible actors always show their label. */
const TOP_LABELS = { few: 5, normal: 10, many: 20 } as const;
/** Up to this many visible actors, every one whose label has room shows it. */
const SMALL_GRAPH_LABELS = 60;

/**
 * Above this many edges the renderer trades details for speed: straight edges only (sigma
 * tessellates every edge with the segment count of the most detailed path declared, so one
 * curved path makes all 100k edges 8x dearer, and WebGL may be software-rendered), no edge
 * picking and no edge labels. Parallel edges then overlap; the panel still lists each.
 */
export const LARGE_GRAPH_EDGES = 20_000;

/** How long a large graph's nodes-only frame stays before its edges are drawn (ms). */
const REVEAL_DELAY = 50;

/** Above this many nodes, hovering highlights neighbours without re-styling the whole graph. */
const DIM_LIMIT = 5000;

/** sigma 4.0.4's index of parallel edges (internal): what feeds each edge's parallelIndex and parallelCount. */
interface EdgeGroupIndex {
  rebuild(): void;
  register(edge: string): void;
  unregister(edge: string): void;
}

/**
 * The graph's nodes without its edges, for a large graph's first frame. Unlike `emptyCopy`, which
 * copies every node's attributes, the copy shares them: it is drawn once and dropped, and what
 * the viewer changes meanwhile (sizes, colours, positions) is what it should draw anyway.
 */
function nodesOnly(graph: DiploGraph): DiploGraph {
  const copy: DiploGraph = new MultiDirectedGraph({ allowSelfLoops: graph.allowSelfLoops });
  graph.forEachNode((key, attributes) => copy.addNode(key, attributes));
  return copy;
}

/**
 * A large graph draws parallel edges as one straight line over another, so sigma's index of them
 * serves nothing there, yet every full refresh rebuilds it: a key string, a map entry and a list
 * per node pair, then a pass over the groups (about a fifth of sigma's indexing of 100k edges).
 * With it left empty every edge keeps sigma's default state (parallelCount 1), which draws the
 * same straight line.
 */
function skipParallelIndex(sigma: DiploSigma): void {
  const groups = (sigma as unknown as { edgeGroups: EdgeGroupIndex }).edgeGroups;
  groups.rebuild = () => undefined;
  groups.register = () => undefined;
  groups.unregister = () => undefined;
}

export class GraphRenderer {
  /**
   * sigma, made on first use: the page makes its renderer before the file it opens has arrived,
   * and a sigma made for the empty graph meanwhile would compile its WebGL programs (most of a
   * second with software WebGL, on the thread that also reads the download) only to be replaced.
   */
  get sigma(): DiploSigma {
    return this.current ?? this.create(this.container, this.graph);
  }
  private current: DiploSigma | null = null;
  private graph: DiploGraph;
  private edgeColorMode: ViewState['edgeColor'] = 'polarity';
  private hiddenNodes = new Set<string>();
  private hiddenEdges = new Set<string>();
  /** A large graph's edge visibility not yet given to sigma: key -> hidden (see applyVisibility). */
  private pendingEdges = new Map<string, boolean>();
  private focused: string[] = [];
  private selected: string | null = null;
  private labels: ViewState['labels'] = 'normal';

  constructor(
    private readonly container: HTMLElement,
    graph: DiploGraph,
    private readonly events: RendererEvents,
  ) {
    this.graph = graph;
    this.watchResize(container);
  }

  /** A new sigma for `graph`, which becomes the current one. */
  private create(container: HTMLElement, graph: DiploGraph): DiploSigma {
    const large = graph.size > LARGE_GRAPH_EDGES;
    // Only a graph small enough to dim on hover gets the dimming rules: a rule that reads the
    // graph state makes sigma restyle every item whenever that state changes.
    const dims = graph.order <= DIM_LIMIT;
    // sigma draws its first frame in its constructor. A large graph's first frame shows its nodes
    // only (indexing and drawing its edges cost seconds with software WebGL): sigma starts on an
    // empty copy, then gets a copy with the nodes alone, and gets the graph itself, edges and all,
    // once that frame is on screen (revealEdgesLater).
    const sigma: DiploSigma = new Sigma(large ? graph.nullCopy() : graph, container, {
      customNodeState: { isFocus: false, isSelected: false, isTop: false, isNeighbour: false },
      customGraphState: { hasFocus: false },
      primitives: {
        edges: {
          paths: large ? [pathLine()] : [pathLine(), pathCurved({ segments: 10 })],
          extremities: [extremityArrow({ lengthRatio: 2.5, widthRatio: 1.8 })],
          layers: [layerPlain()],
        },
      },
      styles: {
        nodes: [
          {
            x: { attribute: 'x' },
            y: { attribute: 'y' },
            label: { attribute: 'label' },
            color: { attribute: 'color', defaultValue: 'rgb(100,116,139)' },
            labelSize: 13,
            labelColor: '#0f172a',
            size: { attribute: 'size', defaultValue: 6 },
            depth: 'nodes',
            visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
            labelVisibility: 'auto',
            backdropVisibility: 'hidden',
            backdropColor: '#ffffff',
            backdropShadowColor: 'rgba(0, 0, 0, 0.45)',
            backdropShadowBlur: 10,
            backdropPadding: 5,
          },
          { whenState: 'isTop', then: { labelVisibility: 'visible' } },
          { whenState: 'isNeighbour', then: { labelVisibility: 'visible' } },
          { whenState: 'isFocus', then: { labelVisibility: 'visible', depth: 'topNodes' } },
          ...(dims ? [{ when: dimmedNode, then: { color: DIMMED_COLOR, labelVisibility: 'hidden' as const } }] : []),
          {
            whenState: 'isSelected',
            then: { labelVisibility: 'visible', depth: 'topNodes', backdropVisibility: 'visible' },
          },
          {
            whenState: 'isHovered',
            then: { labelVisibility: 'visible', depth: 'topNodes', backdropVisibility: 'visible' },
          },
        ],
        edges: [
          {
            path: 'straight',
            parallelPath: large ? 'straight' : 'curved',
            parallelSpread: 0.6,
            head: 'arrow',
            depth: 'edges',
            visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
            ...(large ? {} : { label: { attribute: 'viewLabel' } }),
            color: { attribute: 'viewColor', defaultValue: RELATION_COLOR },
            size: { attribute: 'viewSize', defaultValue: 1 },
            opacity: { attribute: 'viewOpacity', defaultValue: 0.9 },
            labelVisibility: 'hidden',
            labelColor: '#334155',
          },
          ...(dims ? [{ when: dimmedEdge, then: { color: DIMMED_COLOR } }] : []),
          { whenState: ['isHovered'], then: { labelVisibility: 'visible', depth: 'topEdges' } },
          { whenState: 'isHighlighted', then: { labelVisibility: 'visible', depth: 'topEdges' } },
        ],
        stage: { background: '#ffffff' },
      },
      settings: {
        itemSizesReference: 'screen',
        // Fitting the labels measures every one of them each time positions change (ForceAtlas2).
        // 'nodes', not 'labels': fitting long labels at the rim shrank a corpus graph to half the stage.
        autoRescaleContent: large ? 'positions' : 'nodes',
        stagePadding: 24,
        renderEdgeLabels: !large,
        enableEdgeEvents: !large,
        hideEdgesOnMove: large,
        minEdgeThickness: large ? 1 : 1.7,
        ...LABEL_SETTINGS[this.labels],
      },
    });
    // Current before anything it does can call back into the renderer.
    this.current = sigma;
    this.bindEvents(sigma);
    this.edgesDrawn = false;
    if (large) {
      this.edgesDeferred = true;
      sigma.getMouseCaptor().isMoving = true;
      skipParallelIndex(sigma);
      sigma.setGraph(nodesOnly(graph));
      this.revealEdgesLater(sigma);
    }
    return sigma;
  }

  /** sigma 4.0.4 keeps its label grid from before a resize: re-index once the size settles. */
  private watchResize(container: HTMLElement): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = `${container.clientWidth}x${container.clientHeight}`;
    new ResizeObserver(() => {
      const size = `${container.clientWidth}x${container.clientHeight}`;
      if (size === last) return;
      last = size;
      clearTimeout(timer);
      timer = setTimeout(() => this.sigma.resize(true).refresh({ schedule: true }), 120);
    }).observe(container);
  }

  private bindEvents(s: DiploSigma): void {
    s.on('clickNode', ({ node }) => this.events.clickNode(node));
    s.on('clickEdge', ({ edge }) => this.events.clickEdge(edge));
    s.on('clickStage', () => this.events.clickStage());
    s.on('enterNode', ({ node }) => this.focus(node));
    s.on('leaveNode', () => this.focus(null));
    s.getCamera().on('updated', (c) => {
      this.events.camera({ x: c.x, y: c.y, ratio: c.ratio, angle: c.angle });
      cancelAnimationFrame(this.labelFrame);
      this.labelFrame = requestAnimationFrame(() => s === this.sigma && this.placeTopLabels());
    });
    s.on('beforeRender', () => {
      if (this.layoutRunning || this.edgesDeferred) s.getMouseCaptor().isMoving = true;
    });
    s.on('afterRender', () => {
      this.events.afterRender();
      if (!this.edgesDrawn && !this.edgesDeferred && !this.layoutRunning && this.graph.size > 0) {
        this.edgesDrawn = true;
        performance.mark('diplograph:edges-drawn');
      }
    });
  }

  /** Highlight a node's neighbourhood (hover), dimming the rest on graphs small enough. */
  focus(node: string | null): void {
    const s = this.sigma;
    if (this.focused.length) s.setNodesState(this.focused, { isFocus: false });
    const edges = this.focusedEdges;
    if (edges.length && this.edgesIndexed()) s.setEdgesState(edges, { isHighlighted: false });
    this.focused = [];
    this.focusedEdges = [];
    if (node && this.graph.hasNode(node)) {
      const neighbours = new Set<string>([node]);
      this.graph.forEachEdge(node, (edge, _a, source, target) => {
        if (this.hiddenEdges.has(edge)) return;
        neighbours.add(source === node ? target : source);
        this.focusedEdges.push(edge);
      });
      this.focused = [...neighbours];
      s.setNodesState(this.focused, { isFocus: true });
      if (this.edgesIndexed()) s.setEdgesState(this.focusedEdges, { isHighlighted: true });
    }
    const dim = node !== null && this.graph.order <= DIM_LIMIT;
    if (s.getGraphState().hasFocus !== dim) {
      // The dimming rules read the graph state: sigma restyles every item when it changes.
      s.setGraphState({ hasFocus: dim });
    }
  }
  private focusedEdges: string[] = [];

  setGraph(graph: DiploGraph, state: ViewState): void {
    this.focused = [];
    this.focusedEdges = [];
    this.selected = null;
    this.hiddenNodes.clear();
    this.hiddenEdges.clear();
    this.pendingEdges.clear();
    this.graph = graph;
    this.communities = null;
    this.topNodes = [];
    this.neighbours = [];
    this.importance = assignNodeSizes(graph, state.sizeBy);
    assignNodeColors(graph, state.nodeColor, () => this.getCommunities());
    assignEdgeStyles(graph, state.edgeColor, graph.size > LARGE_GRAPH_EDGES);
    this.edgeColorMode = state.edgeColor;
    this.labels = state.labels;
    // A new sigma per graph: sigma 4.0.4's setGraph keeps indexing parallel edges of the old
    // graph (its edge-group index holds the graph it was built with).
    this.current?.kill();
    this.create(this.container, graph);
  }

  /** Re-derive sizes and colours (size-by or colour-by changed). */
  setAppearance(state: ViewState, visibility: Visibility): void {
    this.importance = assignNodeSizes(this.graph, state.sizeBy);
    assignNodeColors(this.graph, state.nodeColor, () => this.getCommunities());
    if (state.edgeColor !== this.edgeColorMode)
      assignEdgeStyles(this.graph, state.edgeColor, this.graph.size > LARGE_GRAPH_EDGES);
    this.edgeColorMode = state.edgeColor;
    this.labels = state.labels;
    this.sigma.setSettings(LABEL_SETTINGS[state.labels]);
    this.markTopNodes(visibility);
    this.sigma.refresh();
  }

  /** Louvain communities of the displayed graph, computed on first use. */
  getCommunities(): Communities {
    this.communities ??= detectCommunities(this.graph);
    return this.communities;
  }
  private communities: Communities | null = null;

  getImportance(): ReadonlyMap<string, number> {
    return this.importance;
  }
  private importance = new Map<string, number>();
  private topNodes: string[] = [];
  private neighbours: string[] = [];

  /** The most important visible actors carry their label at any zoom. */
  private markTopNodes(visibility: Visibility): void {
    this.candidates = this.rank(visibility, this.topCount(visibility) * 3);
    this.placeTopLabels();
  }
  private candidates: string[] = [];
  private visibleCount = 0;

  /** A small graph labels every actor that has room; a large one its top actors. */
  private topCount(visibility: Visibility | null): number {
    if (visibility) this.visibleCount = visibility.nodes.size;
    return this.visibleCount <= SMALL_GRAPH_LABELS && this.labels !== 'few'
      ? SMALL_GRAPH_LABELS
      : TOP_LABELS[this.labels];
  }
  private labelFrame = 0;

  /**
   * Of the ranked candidates, the first TOP_LABELS whose label boxes (estimated from the text
   * length, in screen pixels) overlap no better-ranked one; re-run when the camera moves.
   */
  private placeTopLabels(): void {
    const k = this.topCount(null);
    const boxes: [number, number, number, number][] = [];
    const next: string[] = [];
    for (const node of this.candidates) {
      if (next.length >= k) break;
      const a = this.graph.getNodeAttributes(node);
      const p = this.sigma.graphToViewport({ x: a.x ?? 0, y: a.y ?? 0 });
      const r = a.size ?? 4;
      const box: [number, number, number, number] = [p.x - r, p.y - 9, p.x + r + 6 + a.label.length * 7.2, p.y + 9];
      if (boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
      boxes.push(box);
      next.push(node);
    }
    const s = this.sigma;
    const old = this.topNodes.filter((n) => this.graph.hasNode(n) && !next.includes(n));
    if (old.length) s.setNodesState(old, { isTop: false });
    const added = next.filter((n) => !this.topNodes.includes(n));
    if (added.length) s.setNodesState(added, { isTop: true });
    this.topNodes = next;
  }

  private rank(visibility: Visibility, k: number): string[] {
    const top: [string, number][] = [];
    for (const node of visibility.nodes) {
      const v = this.importance.get(node) ?? 0;
      if (top.length < k) {
        top.push([node, v]);
        top.sort((a, b) => b[1] - a[1]);
      } else if (v > top[k - 1]![1]) {
        top[k - 1] = [node, v];
        top.sort((a, b) => b[1] - a[1]);
      }
    }
    return top.filter(([, v]) => v > 0).map(([n]) => n);
  }

  /** Fits the camera to the visible nodes (all nodes when none is visible). */
  fit(nodes: Iterable<string>, animate = true): void {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const node of nodes) {
      if (!this.graph.hasNode(node)) continue;
      const a = this.graph.getNodeAttributes(node);
      const p = this.sigma.graphToFramedGraph({ x: a.x ?? 0, y: a.y ?? 0 });
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    const camera = this.sigma.getCamera();
    // A margin of a third: labels sit right of their nodes.
    const target = Number.isFinite(minX)
      ? {
          x: (minX + maxX) / 2,
          y: (minY + maxY) / 2,
          ratio: Math.max(0.05, Math.max(maxX - minX, maxY - minY) * 1.35),
          angle: 0,
        }
      : { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    if (animate) void camera.animate(target, { duration: 300 });
    else camera.setState(target);
  }

  zoom(direction: 1 | -1): void {
    const camera = this.sigma.getCamera();
    void (direction > 0 ? camera.zoomIn({ duration: 200 }) : camera.zoomOut({ duration: 200 }));
  }

  /**
   * Large graphs draw progressively: the next frame shows the nodes (fast), and the edges are
   * drawn once that frame is on screen, so a filter or a new graph never freezes the page for
   * the seconds a frame of 100k edges costs with software WebGL.
   */
  private revealEdgesLater(sigma: DiploSigma = this.sigma): void {
    clearTimeout(this.revealTimer);
    cancelAnimationFrame(this.revealFrame);
    // Two frames: the one drawn without edges, then the one that presents it.
    this.revealFrame = requestAnimationFrame(() => {
      this.revealFrame = requestAnimationFrame(() => {
        performance.mark('diplograph:nodes-shown');
        this.revealTimer = setTimeout(() => {
          if (sigma !== this.sigma) return;
          this.edgesDeferred = false;
          sigma.getMouseCaptor().isMoving = this.layoutRunning;
          if (!this.edgesIndexed()) {
            // The first frame's copy of the nodes gives way to the graph; node states are kept by
            // key, edge states are set first (sigma refreshes a changed state against its graph).
            this.pendingEdges.clear();
            if (this.hiddenEdges.size) sigma.setEdgesState([...this.hiddenEdges], { isHidden: true });
            sigma.setGraph(this.graph);
          } else {
            this.flushPendingEdges();
            sigma.scheduleRender();
          }
        }, REVEAL_DELAY);
      });
    });
  }
  /** Gives sigma the edge visibility that applyVisibility kept back (a large graph's). */
  private flushPendingEdges(): void {
    if (!this.pendingEdges.size) return;
    const hide: string[] = [];
    const show: string[] = [];
    for (const [key, hidden] of this.pendingEdges) (hidden ? hide : show).push(key);
    this.pendingEdges.clear();
    if (hide.length) this.sigma.setEdgesState(hide, { isHidden: true });
    if (show.length) this.sigma.setEdgesState(show, { isHidden: false });
  }
  /** Whether sigma holds the graph's edges (a large graph's first frame is drawn from its nodes alone). */
  private edgesIndexed(): boolean {
    return this.sigma.getGraph() === this.graph;
  }
  private revealTimer: ReturnType<typeof setTimeout> | undefined;
  private revealFrame = 0;
  private edgesDeferred = false;
  private edgesDrawn = false;

  /** Applies visibility as sigma state: only items whose visibility changed are updated. */
  applyVisibility(visibility: Visibility): void {
    const hideN: string[] = [];
    const showN: string[] = [];
    this.graph.forEachNode((key) => {
      const hidden = !visibility.nodes.has(key);
      if (hidden !== this.hiddenNodes.has(key)) {
        if (hidden) {
          this.hiddenNodes.add(key);
          hideN.push(key);
        } else {
          this.hiddenNodes.delete(key);
          showN.push(key);
        }
      }
    });
    const hideE: string[] = [];
    const showE: string[] = [];
    for (const key of edgeTable(this.graph).keys) {
      const hidden = !visibility.edges.has(key);
      if (hidden !== this.hiddenEdges.has(key)) {
        if (hidden) {
          this.hiddenEdges.add(key);
          hideE.push(key);
        } else {
          this.hiddenEdges.delete(key);
          showE.push(key);
        }
      }
    }
    const s = this.sigma;
    if (hideN.length) s.setNodesState(hideN, { isHidden: true });
    if (showN.length) s.setNodesState(showN, { isHidden: false });
    // Edges sigma does not hold yet get their state when it does (revealEdgesLater). A large
    // graph's next frame shows its nodes only, so its edges get theirs then too: that spares the
    // filter's own task the sigma restyle of every changed edge (a fifth of it on 100k edges);
    // a small graph's edges get theirs at once.
    const large = this.graph.size > LARGE_GRAPH_EDGES;
    if (this.edgesIndexed()) {
      for (const key of hideE) this.pendingEdges.set(key, true);
      for (const key of showE) this.pendingEdges.set(key, false);
      if (!large) this.flushPendingEdges();
    }
    this.markTopNodes(visibility);
    if (large && (hideN.length || showN.length || hideE.length || showE.length)) {
      this.edgesDeferred = true;
      this.edgesDrawn = false;
      this.revealEdgesLater();
    }
  }

  /**
   * While ForceAtlas2 moves a large graph, draw it as if the camera were moving: sigma's
   * `hideEdgesOnMove` then skips the edges, which a software-rendered WebGL cannot redraw at
   * frame rate (about 5 s per frame for 100k edges), so the page stays responsive.
   */
  setLayoutRunning(running: boolean): void {
    this.layoutRunning = running && this.graph.size > LARGE_GRAPH_EDGES;
    this.sigma.getMouseCaptor().isMoving = this.layoutRunning;
    this.sigma.scheduleRender();
  }
  private layoutRunning = false;

  /** Marks the selection; its neighbours (over visible edges) carry their labels. */
  select(node: string | null): void {
    const s = this.sigma;
    if (this.selected && this.graph.hasNode(this.selected)) s.setNodeState(this.selected, { isSelected: false });
    const old = this.neighbours.filter((n) => this.graph.hasNode(n));
    if (old.length) s.setNodesState(old, { isNeighbour: false });
    this.neighbours = [];
    this.selected = node && this.graph.hasNode(node) ? node : null;
    if (this.selected) {
      s.setNodeState(this.selected, { isSelected: true });
      const around = new Set<string>();
      this.graph.forEachEdge(this.selected, (edge, _a, source, target) => {
        if (!this.hiddenEdges.has(edge)) around.add(source === this.selected ? target : source);
      });
      this.neighbours = [...around];
      if (this.neighbours.length) s.setNodesState(this.neighbours, { isNeighbour: true });
    }
  }

  /** Moves the camera onto a node (search, table), keeping the zoom unless far out. */
  centerOn(node: string): void {
    const data = this.sigma.getNodeDisplayData(node);
    if (!data) return;
    const camera = this.sigma.getCamera();
    void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  }

  setCamera(view: CameraView): void {
    this.sigma.getCamera().setState(view);
  }

  kill(): void {
    this.sigma.kill();
  }
}
