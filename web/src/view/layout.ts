// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), settings inferred from the
// graph. The supervisor ships its worker as a blob built from a function, so it needs no file
// of its own: it works the same in the standalone HTML export opened from disk.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';

type FA2Layout = InstanceType<typeof FA2LayoutModule.default>;
const FA2Layout = ((FA2LayoutModule as unknown as { default?: unknown }).default ??
  FA2LayoutModule) as typeof FA2LayoutModule.default;
import type { DiploGraph } from '../../../src/model/graph.js';
import { extent, layoutWeight, readableSettings, removeOverlaps } from '../../../src/graph/readable-layout.js';

/** How often a large graph's positions are copied from the worker into the graph (ms). */
const LARGE_GRAPH_UPDATE_INTERVAL = 400;
const LARGE_GRAPH_NODES = 5000;
/** Above this, the no-overlap pass would block the page too long. */
const NOVERLAP_MAX_NODES = 5000;

type Supervisor = {
  running: boolean;
  graph: DiploGraph;
  matrices: { nodes: Float32Array } | null;
  askForIterations(withEdges?: boolean): void;
};

/**
 * The supervisor copies every iteration's positions into the graph, and each copy makes sigma
 * re-process every node: on a large graph that keeps the main thread busy. This one lets the
 * worker iterate at full speed and copies the positions at most every `interval` ms (and when
 * the layout stops, so the graph always ends with the latest positions).
 */
class ThrottledFA2Layout extends FA2Layout {
  interval = 0;
  /** Called once when the layout has settled (see `settled`). */
  onSettled: () => void = () => {};
  private lastCopy = 0;
  private pending: Float32Array | null = null;
  private previous: Float32Array | null = null;
  private calm = 0;
  private iterations = 0;

  /**
   * Settled: the mean move of a node per iteration stays under 0.05% of the layout's extent for
   * 30 iterations in a row (or 3,000 iterations have run): ForceAtlas2 then only jitters.
   */
  private settled(matrix: Float32Array): boolean {
    this.iterations++;
    const prev = this.previous;
    this.previous = matrix.slice();
    if (!prev || prev.length !== matrix.length) return false;
    let move = 0;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    const n = matrix.length / 10;
    for (let i = 0; i < matrix.length; i += 10) {
      const x = matrix[i]!;
      const y = matrix[i + 1]!;
      move += Math.abs(x - prev[i]!) + Math.abs(y - prev[i + 1]!);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const span = Math.max(maxX - minX, maxY - minY, 1e-9);
    this.calm = move / n / span < 0.0005 ? this.calm + 1 : 0;
    return this.calm >= 30 || this.iterations >= 3000;
  }

  handleMessage(event: MessageEvent<{ nodes: ArrayBuffer }>): void {
    const self = this as unknown as Supervisor;
    if (!self.running) return;
    const matrix = new Float32Array(event.data.nodes);
    self.matrices!.nodes = matrix;
    if (this.settled(matrix)) {
      copyPositions(self.graph, matrix);
      this.pending = null;
      self.running = false;
      super.stop();
      this.onSettled();
      return;
    }
    const now = performance.now();
    if (now - this.lastCopy >= this.interval) {
      this.lastCopy = now;
      this.pending = null;
      copyPositions(self.graph, matrix);
    } else {
      // The buffer goes back to the worker: keep a copy of the positions not yet applied.
      this.pending = matrix.slice();
    }
    self.askForIterations();
  }

  override stop(): void {
    const self = this as unknown as Supervisor;
    if (self.running && this.pending) copyPositions(self.graph, this.pending);
    this.pending = null;
    super.stop();
  }
}

/** The supervisor's own copy: x and y are the first two of each node's entries. */
function copyPositions(graph: DiploGraph, matrix: Float32Array): void {
  const stride = 10; // the supervisor's entries per node
  let i = 0;
  graph.updateEachNodeAttributes(
    (_node, attr) => {
      attr.x = matrix[i]!;
      attr.y = matrix[i + 1]!;
      i += stride;
      return attr;
    },
    { attributes: ['x', 'y'] },
  );
}

export class LayoutController {
  private layout: FA2Layout | null = null;
  private graph: DiploGraph | null = null;

  constructor(private readonly onChange: (running: boolean) => void) {}

  setGraph(graph: DiploGraph): void {
    this.kill();
    this.graph = graph;
  }

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(): void {
    if (!this.graph || this.graph.order === 0) return;
    if (!this.layout) {
      const layout = new ThrottledFA2Layout(this.graph, {
        settings: readableSettings(this.graph),
        getEdgeWeight: layoutWeight,
      });
      layout.interval = this.graph.order > LARGE_GRAPH_NODES ? LARGE_GRAPH_UPDATE_INTERVAL : 0;
      layout.onSettled = () => this.finish();
      this.layout = layout;
    }
    this.layout.start();
    this.onChange(true);
  }

  stop(): void {
    this.layout?.stop();
    this.finish();
  }

  /** Once ForceAtlas2 stops, nodes that still overlap are moved apart (small graphs only: quadratic cells). */
  private finish(): void {
    const graph = this.graph;
    if (graph && graph.order <= NOVERLAP_MAX_NODES) removeOverlaps(graph, this.unitsPerPixel(graph));
    this.onChange(false);
  }

  /** Graph units per screen pixel at the default zoom; set by the viewer from sigma. */
  unitsPerPixel: (graph: DiploGraph) => number = (graph) => extent(graph) / 900;

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  kill(): void {
    if (this.layout) {
      this.layout.kill();
      this.layout = null;
      this.onChange(false);
    }
  }
}
