// Output formats: one place that maps `--format` to a writer.
import type { DiploGraph } from '../model/graph.js';
import { writeCsv } from './write-csv.js';
import { writeGexf } from './write-gexf.js';
import { writeStandaloneHtml } from './write-html.js';
import { serializeGraph } from './write-json.js';
import { writeSvg } from './write-svg.js';

import type { OutputFormat } from './formats.js';

export { OUTPUT_FORMATS, type OutputFormat } from './formats.js';

export interface WriteOptions {
  /** SVG size in pixels. */
  width?: number;
  height?: number;
  /** CSV: start each file with a UTF-8 byte order mark. */
  bom?: boolean;
  /** GEXF description, SVG heading, HTML page title. */
  title?: string;
}

/** A written output: one file, or several named files (CSV: nodes.csv and edges.csv). */
export type Output = { kind: 'file'; content: string } | { kind: 'files'; files: Record<string, string> };

export function renderGraph(graph: DiploGraph, format: OutputFormat, options: WriteOptions = {}): Output {
  const title = options.title !== undefined ? { title: options.title } : {};
  switch (format) {
    case 'json':
      return { kind: 'file', content: serializeGraph(graph) };
    case 'gexf':
      return { kind: 'file', content: writeGexf(graph, title) };
    case 'csv':
      return { kind: 'files', files: { ...writeCsv(graph, { bom: options.bom === true }) } };
    case 'html':
      return { kind: 'file', content: writeStandaloneHtml(graph, title) };
    case 'svg': {
      const size: { width?: number; height?: number } = {};
      if (options.width !== undefined) size.width = options.width;
      if (options.height !== undefined) size.height = options.height;
      return { kind: 'file', content: writeSvg(graph, { ...size, ...title }) };
    }
  }
}
