// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), settings inferred from the
// graph. The supervisor ships its worker as a blob built from a function, so it needs no file
// of its own: it works the same in the standalone HTML export opened from disk.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import { forceAtlas2 } from '../state/dataset.js';

type FA2Layout = InstanceType<typeof FA2LayoutModule.default>;
const FA2Layout = ((FA2LayoutModule as unknown as { default?: unknown }).default ?? FA2LayoutModule) as typeof FA2LayoutModule.default;
import type { DiploGraph } from '../../../src/model/graph.js';

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
      this.layout = new FA2Layout(this.graph, { settings: { ...settings, barnesHutOptimize: this.graph.order > 500 }, getEdgeWeight: null });
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
