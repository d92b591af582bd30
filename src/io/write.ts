// Output formats: one place that maps `--format` to a writer.
import type { DiploGraph } from '../model/graph.js';
import { serializeGraph } from './write-json.js';

export const OUTPUT_FORMATS = ['json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface WriteOptions {
  width?: number;
  height?: number;
  bom?: boolean;
}

/** A written output: one file, or several named files (CSV: nodes.csv and edges.csv). */
export type Output = { kind: 'file'; content: string } | { kind: 'files'; files: Record<string, string> };

export function renderGraph(graph: DiploGraph, format: OutputFormat, _options: WriteOptions = {}): Output {
  switch (format) {
    case 'json':
      return { kind: 'file', content: serializeGraph(graph) };
  }
}
