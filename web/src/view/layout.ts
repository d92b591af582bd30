// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), settings inferred from the
// graph. The supervisor ships its worker as a blob built from a function, so it needs no file
// of its own: it works the same in the standalone HTML export opened from disk.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import { forceAtlas2 } from '../state/dataset.js';

type FA2Layout = InstanceType<typeof FA2LayoutModule.default>;
const FA2Layout = ((FA2LayoutModule as unknown as { default?: unknown }).default ?? FA2LayoutModule) as typeof FA2LayoutModule.default;
import type { DiploGraph } from '../../../src/model/graph.js';

/** How often a large graph's positions are copied from the worker into the graph (ms). */
const LARGE_GRAPH_UPDATE_INTERVAL = 400;
const LARGE_GRAPH_NODES = 5000;

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
  private lastCopy = 0;
  private pending: Float32Array | null = null;

  handleMessage(event: MessageEvent<{ nodes: ArrayBuffer }>): void {
    const self = this as unknown as Supervisor;
    if (!self.running) return;
    const matrix = new Float32Array(event.data.nodes);
    self.matrices!.nodes = matrix;
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
      const settings = forceAtlas2.inferSettings(this.graph);
      const layout = new ThrottledFA2Layout(this.graph, { settings: { ...settings, barnesHutOptimize: this.graph.order > 500 }, getEdgeWeight: null });
      layout.interval = this.graph.order > LARGE_GRAPH_NODES ? LARGE_GRAPH_UPDATE_INTERVAL : 0;
      this.layout = layout;
    }
    this.layout.start();
    this.onChange(true);
  }

  stop(): void {
    this.layout?.stop();
    this.onChange(false);
  }

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
