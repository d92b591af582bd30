// `diplograph export`: a graph file in, a view of it out, in any output format — GEXF for
// Gephi, CSV for spreadsheets, SVG for reports, standalone HTML for sharing, or JSON.
import { readFile } from 'node:fs/promises';
import { filterGraph, type ViewFilter } from '../graph/filter.js';
import { parseGraph } from '../io/read-graph.js';
import { OUTPUT_FORMATS } from '../io/formats.js';
import type { DiploGraph } from '../model/graph.js';
import { ENTITY_KINDS, MODALITIES, STANCE_KINDS } from '../model/vocab.js';
import { UsageError, oneOf, parseCommandArgs, plural, runCommand } from './args.js';
import { emitGraph, formatFrom, writeOptions, type OutputOptions } from './output.js';

export const summary = 'write a graph file as GEXF, CSV, SVG, standalone HTML or JSON, filtered';

export const help = `Usage: diplograph export <graph.json|-> [options]

Writes a graph file (from \`extract\` or \`merge\`) in another format, optionally rolled up to
states and filtered. Without -o the result goes to stdout.

Options:
  -f, --format F          ${OUTPUT_FORMATS.join(' | ')} (default: from the -o extension, else json)
  -o, --output FILE       write here (atomically); CSV writes a directory with nodes.csv, edges.csv
      --rollup            fold people and government bodies into the states they act for
      --kinds K,...       keep these entity kinds: ${ENTITY_KINDS.join(', ')}
      --stances S,...     keep these stance kinds: ${STANCE_KINDS.join(', ')}
      --no-relations      leave out role, member-of and part-of edges
      --modalities M,...  keep edges with evidence of these modalities: ${MODALITIES.join(', ')}
      --docs ID,...       keep evidence (and actors) from these documents
      --from DATE, --to DATE  keep evidence from documents dated in this range (YYYY-MM-DD)
      --min-weight N      keep edges with at least N non-negated evidence sentences
      --hide-negated      leave out edges whose evidence is all negated (SVG never draws them)
      --title TEXT        GEXF description, SVG heading, HTML page title
      --width N, --height N   SVG size in pixels (default 1200 x 800)
      --bom               CSV: start each file with a UTF-8 byte-order mark (for Excel)
  -q, --quiet             no summary on stderr

Examples:
  diplograph export graph.json -o graph.gexf                  # open it in Gephi
  diplograph export graph.json --rollup --kinds state -o states.svg --width 1600 --height 1000
  diplograph export graph.json --format csv --bom -o tables/
  diplograph export graph.json -o graph.html --title "Kerry in Moscow"   # needs the built viewer

Exit status: 0 ok, 1 unreadable or invalid graph file or failed write, 2 usage error.`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  rollup: { type: 'boolean', default: false },
  kinds: { type: 'string', multiple: true },
  stances: { type: 'string', multiple: true },
  'no-relations': { type: 'boolean', default: false },
  modalities: { type: 'string', multiple: true },
  docs: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  'min-weight': { type: 'string' },
  'hide-negated': { type: 'boolean', default: false },
  title: { type: 'string' },
  width: { type: 'string' },
  height: { type: 'string' },
  bom: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
} as const;

/** "a,b" and repeated flags alike, each value checked against the vocabulary. */
function listOption<T extends string>(
  name: string,
  values: string[] | undefined,
  allowed?: readonly T[],
): T[] | undefined {
  if (!values) return undefined;
  const items = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (allowed) for (const item of items) oneOf(name, item, allowed);
  return items as T[];
}

/** A calendar date YYYY-MM-DD that exists (not 2025-13-01, not 2025-02-30). */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (
    !m ||
    !day ||
    day.getUTCFullYear() !== Number(m[1]) ||
    day.getUTCMonth() !== Number(m[2]) - 1 ||
    day.getUTCDate() !== Number(m[3])
  ) {
    throw new UsageError(`--${name} expects a date YYYY-MM-DD that exists, got "${value}"`);
  }
  return value;
}

async function readInput(source: string): Promise<string> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(source, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const reason =
      e.code === 'ENOENT'
        ? 'no such file'
        : e.code === 'EISDIR'
          ? 'is a directory'
          : e.code === 'EACCES'
            ? 'permission denied'
            : e.message;
    throw new Error(`cannot read ${source}: ${reason}`);
  }
}

export async function run(args: string[]): Promise<number> {
  return runCommand('export', async () => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (positionals.length === 0) throw new UsageError('no input: give a graph file (or - for stdin)');
    if (positionals.length > 1)
      throw new UsageError(
        `one graph file at a time (got ${positionals.length}); merge them first with \`diplograph merge\``,
      );
    const source = positionals[0]!;
    const format = formatFrom(values.format, values.output);

    const filter: ViewFilter = { showNegated: !values['hide-negated'] };
    const kinds = listOption('kinds', values.kinds, ENTITY_KINDS);
    const stances = listOption('stances', values.stances, STANCE_KINDS);
    const modalities = listOption('modalities', values.modalities, MODALITIES);
    const docs = listOption('docs', values.docs);
    if (kinds) filter.kinds = kinds;
    if (stances) filter.stances = stances;
    if (modalities) filter.modalities = modalities;
    if (docs) filter.docs = docs;
    if (values['no-relations']) filter.relations = false;
    const from = dateOption('from', values.from);
    const to = dateOption('to', values.to);
    if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}: no date is in that range`);
    if (from) filter.dateFrom = from;
    if (to) filter.dateTo = to;
    if (values['min-weight'] !== undefined) {
      const n = Number(values['min-weight']);
      if (!/^\d+(\.\d+)?$/.test(values['min-weight'].trim()) || !Number.isFinite(n)) {
        throw new UsageError(`--min-weight expects a number >= 0, got "${values['min-weight']}"`);
      }
      filter.minWeight = n;
    }
    const options: OutputOptions = { ...writeOptions(values), format, layout: false, rollup: false };
    if (values.output) options.output = values.output;

    const json = await readInput(source);
    let graph: DiploGraph;
    try {
      graph = parseGraph(json, source === '-' ? 'stdin' : source);
    } catch (err) {
      // One line: the file and the JSON path of its first bad field.
      throw new Error((err as Error).message.replace(/\s*\n\s*/g, ' '));
    }
    if (docs) {
      // An id that names no document would silently give an empty graph.
      const known = new Set(graph.getAttribute('documents').map((d) => d.id));
      const unknown = docs.filter((d) => !known.has(d));
      if (unknown.length > 0) {
        const list = [...known].slice(0, 5).join(', ') + (known.size > 5 ? `, … (${known.size})` : '');
        throw new UsageError(
          `--docs: no document ${unknown.map((d) => `"${d}"`).join(', ')} ` +
            `in ${source === '-' ? 'stdin' : source} (its documents: ${list})`,
        );
      }
    }
    const read = { nodes: graph.order, edges: graph.size };
    if (values.rollup) graph = (await import('../graph/rollup.js')).rollUpToStates(graph);
    graph = filterGraph(graph, filter);

    const where = await emitGraph(graph, options);
    if (!values.quiet) {
      const kept = `${plural(graph.order, 'node')}, ${plural(graph.size, 'edge')}`;
      const of = graph.order !== read.nodes || graph.size !== read.edges ? ` (of ${read.nodes}, ${read.edges})` : '';
      process.stderr.write(`export: ${format}, ${kept}${of}${where === 'stdout' ? '' : ` -> ${where}`}\n`);
    }
    return 0;
  });
}
