// Public API of diplograph: the model, the extractor, graph building and I/O.
export * from './model/index.js';
export { extractDocument, documentInfo, type ExtractOptions } from './extract/index.js';
export { buildGraph, documentGraph, createGraph, type BuildOptions } from './graph/build.js';
export { mergeGraphs } from './graph/merge.js';
export { serializeGraph, toGraphFile } from './io/write-json.js';
export { parseGraph, graphFromFile } from './io/read-graph.js';
export {
  filterGraph,
  nodeVisible,
  edgeVisible,
  evidenceVisible,
  documentVisible,
  type ViewFilter,
  type DocumentLookup,
} from './graph/filter.js';
export { rollUpToStates, statesOf } from './graph/rollup.js';
export { renderGraph, OUTPUT_FORMATS, type OutputFormat, type Output, type WriteOptions } from './io/write.js';
export { writeGexf, toRgb, type GexfOptions } from './io/write-gexf.js';
export { writeCsv, type CsvOptions, type CsvFiles } from './io/write-csv.js';
export { writeSvg, type SvgOptions } from './io/write-svg.js';
export { writeStandaloneHtml, embedGraph, inlineAssets, EMBEDDED_DATA_ID, type HtmlOptions } from './io/write-html.js';
