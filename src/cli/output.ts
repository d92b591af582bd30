// The end of extract and merge: optional roll-up and layout, then one of the output formats,
// to stdout or written atomically to -o.
import { writeFileAtomic, writeFilesAtomic } from '../io/atomic.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../io/formats.js';
import type { WriteOptions } from '../io/write.js';
import { serializeGraphParts } from '../io/write-json.js';
import type { DiploGraph } from '../model/graph.js';
import { UsageError, intOption, oneOf, writeStdout } from './args.js';

export interface OutputOptions extends WriteOptions {
  output?: string;
  format: OutputFormat;
  layout: boolean;
  rollup: boolean;
}

/** The option table shared by `extract` and `merge`. */
export const OUTPUT_OPTIONS = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  layout: { type: 'boolean', default: false },
  rollup: { type: 'boolean', default: false },
  'no-text': { type: 'boolean', default: false },
  width: { type: 'string' },
  height: { type: 'string' },
  bom: { type: 'boolean', default: false },
  title: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
} as const;

export const OUTPUT_HELP = `  -o, --output FILE    write here instead of stdout (atomically); CSV writes a directory
  -f, --format F       ${OUTPUT_FORMATS.join(' | ')} (default: from the -o extension, else json)
      --layout         run a ForceAtlas2 layout and store x, y, size, color on the nodes
      --rollup         fold people and government bodies into the states they act for
      --no-text        leave the document texts out of the graph file
      --width N, --height N   SVG size in pixels
      --bom            CSV: start with a UTF-8 byte-order mark (for Excel)
      --title TEXT     GEXF description, SVG heading, HTML page title
  -q, --quiet          no progress or summary on stderr`;

interface OutputValues {
  output?: string | undefined;
  format?: string | undefined;
  layout?: boolean | undefined;
  rollup?: boolean | undefined;
  width?: string | undefined;
  height?: string | undefined;
  bom?: boolean | undefined;
  title?: string | undefined;
}

/** Reads the output options; the format falls back to the -o extension, then to json. */
export function outputOptions(values: OutputValues): OutputOptions {
  const opts: OutputOptions = {
    ...writeOptions(values),
    format: formatFrom(values.format, values.output),
    layout: values.layout ?? false,
    rollup: values.rollup ?? false,
  };
  if (values.output) opts.output = values.output;
  return opts;
}

/**
 * --format, else the -o extension ("htm" is HTML), else JSON. An extension that names no format
 * ("-o graph.xlsx") is a usage error: writing JSON into it would mislead whatever opens it.
 */
export function formatFrom(format: string | undefined, output: string | undefined): OutputFormat {
  const explicit = oneOf('format', format, OUTPUT_FORMATS);
  if (explicit) return explicit;
  const name =
    output
      ?.replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop() ?? '';
  const ext = /.\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === undefined) return 'json';
  if (ext === 'htm') return 'html';
  if ((OUTPUT_FORMATS as readonly string[]).includes(ext)) return ext as OutputFormat;
  throw new UsageError(
    `-o ${output}: unknown output extension ".${ext}" ` +
      `(known: ${OUTPUT_FORMATS.map((f) => `.${f}`).join(' ')} .htm); or give --format`,
  );
}

/** The writers' options (--width, --height, --bom, --title), shared by extract, merge and export. */
export function writeOptions(values: Pick<OutputValues, 'width' | 'height' | 'bom' | 'title'>): WriteOptions {
  const options: WriteOptions = {};
  const width = intOption('width', values.width);
  const height = intOption('height', values.height);
  if (width !== undefined) options.width = width;
  if (height !== undefined) options.height = height;
  if (values.bom) options.bom = true;
  if (values.title !== undefined) options.title = values.title;
  return options;
}

/** Rolls up, lays out, renders and writes; returns where it went. Shared by extract, merge and export. */
export async function emitGraph(graph: DiploGraph, opts: OutputOptions): Promise<string> {
  let g = graph;
  // Loaded only when asked for: a JSON run does not pay for the layout or the other writers.
  if (opts.rollup) g = (await import('../graph/rollup.js')).rollUpToStates(g);
  if (opts.layout) (await import('../graph/layout.js')).layoutGraph(g);
  if (opts.format === 'json') {
    // By parts: a large corpus makes a graph file longer than the longest string there can be.
    if (!opts.output) {
      for (const part of serializeGraphParts(g)) await writeStdout(part);
      return 'stdout';
    }
    await writeFileAtomic(opts.output, serializeGraphParts(g));
    return opts.output;
  }
  const { renderGraph } = await import('../io/write.js');
  const out = renderGraph(g, opts.format, opts);
  if (out.kind === 'files') {
    if (!opts.output)
      throw new UsageError(`--format ${opts.format} writes several files: give a directory with -o DIR`);
    const written = await writeFilesAtomic(opts.output, out.files);
    return written.join(', ');
  }
  if (!opts.output) {
    await writeStdout(out.content);
    return 'stdout';
  }
  await writeFileAtomic(opts.output, out.content);
  return opts.output;
}
